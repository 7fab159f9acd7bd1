import { autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { isAllowedLinkUrl } from '../../links';

/** Typed web and mail addresses become links; any other scheme stays text. */
const matchers: LinkMatcher[] = [
  (text) => {
    const match = autoLinkUrlMatcher(text);
    return match && isAllowedLinkUrl(match.url) ? match : null;
  },
  autoLinkEmailMatcher,
];

/** Links (toolbar, pasted URL over selected text) and autolinks, limited to http(s) and mailto. */
export function LinksPlugin() {
  return (
    <>
      <LinkPlugin
        validateUrl={isAllowedLinkUrl}
        attributes={{ rel: 'noopener noreferrer', target: '_blank' }}
      />
      <AutoLinkPlugin matchers={matchers} />
    </>
  );
}
