import { describe, expect, it } from 'vitest';
import { changeLabelKey } from '../../src/renderer/features/sync/changeLabel';
import { hubAccountStrings } from '../../src/renderer/i18n/features/sync';
import { commandNames, internalCommandNames } from '../../src/core/commands/runCommand';
import { readWebConfig } from '../../src/web/config';

const binUrl = 'file:///opt/nara/out/web/bin.js';

describe('the browser host signs in to a hub from its environment', () => {
  it('takes the hub address, e-mail and password together', () => {
    const env = {
      NARA_HUB_URL: 'https://hub.example.org',
      NARA_HUB_EMAIL: ' maja@hub.example ',
      NARA_HUB_PASSWORD: 'correct horse battery',
    };
    expect(readWebConfig(env, binUrl).hub).toEqual({
      url: 'https://hub.example.org',
      email: 'maja@hub.example',
      password: 'correct horse battery',
    });
  });

  it('works locally without them', () => {
    expect(readWebConfig({}, binUrl).hub).toBeUndefined();
  });

  it('says which one is missing, and refuses an address that is not http(s)', () => {
    expect(() => readWebConfig({ NARA_HUB_URL: 'https://hub.example.org' }, binUrl)).toThrow(
      'To sign in to a hub, also set NARA_HUB_EMAIL and NARA_HUB_PASSWORD.',
    );
    expect(() =>
      readWebConfig(
        { NARA_HUB_URL: 'hub.example.org', NARA_HUB_EMAIL: 'a@b.c', NARA_HUB_PASSWORD: 'x' },
        binUrl,
      ),
    ).toThrow(/NARA_HUB_URL must be an http\(s\) address/);
  });
});

describe('a change the hub refused is named in the agent’s words', () => {
  it('has words for every command a desk queues, in every language', () => {
    for (const name of [...commandNames, ...internalCommandNames]) {
      const key = changeLabelKey(name).split('.').at(-1) as keyof typeof hubAccountStrings.en.changes;
      expect(key, name).not.toBe('other');
      for (const strings of Object.values(hubAccountStrings)) expect(strings.changes[key], name).not.toBe('');
    }
  });
});
