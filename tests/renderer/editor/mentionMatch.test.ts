import { describe, expect, it } from 'vitest';
import type { Agent } from '../../../src/shared/domain';
import { findMentionQuery, matchAgents } from '../../../src/renderer/editor/mentionMatch';

const agent = (name: string): Agent => ({ id: name, name, email: `${name}@example.se`, teamId: 't' });
const team = [
  'Karin Berg',
  'Åsa Öberg',
  'Ørjan Ødegård',
  'Per-Olof Nyström',
  'Amira Haddad',
  'Kari Nordmann',
].map(agent);
const names = (query: string) => matchAgents(team, query).map((a) => a.name);

describe('typing a mention', () => {
  it('finds "@" and the letters after it at the caret', () => {
    expect(findMentionQuery('Ring @kar')).toEqual({ query: 'kar', start: 5 });
    expect(findMentionQuery('@')).toEqual({ query: '', start: 0 });
    expect(findMentionQuery('(@Åsa')).toEqual({ query: 'Åsa', start: 1 });
  });

  it('does not open for mail addresses or after a finished word', () => {
    expect(findMentionQuery('anna@example')).toBeNull();
    expect(findMentionQuery('@karin ')).toBeNull();
    expect(findMentionQuery('no mention here')).toBeNull();
  });
});

describe('matching colleagues', () => {
  it('puts names that start with the letters first, then names with a word that does, then the rest', () => {
    expect(names('kar')).toEqual(['Kari Nordmann', 'Karin Berg']);
    expect(names('ber')).toEqual(['Karin Berg', 'Åsa Öberg']);
    expect(names('olof')).toEqual(['Per-Olof Nyström']);
  });

  it('ignores accents and case, so a Nordic name is found without a Nordic keyboard', () => {
    expect(names('asa')).toEqual(['Åsa Öberg']);
    expect(names('ORJAN')).toEqual(['Ørjan Ødegård']);
    expect(names('oberg')).toEqual(['Åsa Öberg']);
  });

  it('finds letters inside a name last, and shows at most the limit', () => {
    expect(names('dd')).toEqual(['Amira Haddad']);
    expect(matchAgents(team, '', 3)).toHaveLength(3);
  });
});
