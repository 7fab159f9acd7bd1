import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../src/main/csp';
import { securityHeaders as browserHostHeaders } from '../../src/web/staticFiles';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own script files: no inline scripts, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no plugins, no <base> rewriting, no framing and no foreign connections', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows inline styles and data: images, and own fonts only', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    // Fonts fall back to default-src.
    expect(policy.get('font-src') ?? policy.get('default-src')).toEqual(["'self'"]);
  });

  it('is the policy the browser host serves, with nothing added for Electron', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(browserHostHeaders['Content-Security-Policy']);
  });

  it('travels with nosniff on every app response', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
