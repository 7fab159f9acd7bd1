import { SECURITY_HEADERS } from '../shared/http/contentSecurity';

export { CONTENT_SECURITY_POLICY } from '../shared/http/contentSecurity';

/**
 * Headers every response from the app scheme carries: the policy both hosts share, nothing added. The
 * window loads only app:// files and talks to core over IPC, so it needs no source the browser host lacks.
 */
export function securityHeaders(): Record<string, string> {
  return { ...SECURITY_HEADERS };
}
