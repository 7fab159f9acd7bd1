import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normalizeLinkInput } from '../../../src/renderer/editor/links';

describe('link targets', () => {
  it('allows web pages and mail addresses only', () => {
    expect(isAllowedLinkUrl('https://example.se/beslut')).toBe(true);
    expect(isAllowedLinkUrl('http://example.se')).toBe(true);
    expect(isAllowedLinkUrl('mailto:kundtjanst@example.se')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x.se',
      'tel:+4612345',
      'mailto:',
      'not a url',
    ])
      expect(isAllowedLinkUrl(url), url).toBe(false);
  });

  it('reads what an agent types into the link field', () => {
    expect(normalizeLinkInput('  example.se/beslut ')).toBe('https://example.se/beslut');
    expect(normalizeLinkInput('example.se:8080/x')).toBe('https://example.se:8080/x');
    expect(normalizeLinkInput('kundtjanst@example.se')).toBe('mailto:kundtjanst@example.se');
    expect(normalizeLinkInput('https://example.se')).toBe('https://example.se');
    expect(normalizeLinkInput('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkInput('two words')).toBeNull();
    expect(normalizeLinkInput('')).toBeNull();
  });
});
