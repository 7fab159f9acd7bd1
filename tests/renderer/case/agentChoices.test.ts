import { describe, expect, it } from 'vitest';
import type { Agent } from '../../../src/shared/domain';
import { agentChoices, needsHandoverNote } from '../../../src/renderer/features/case/actions/agentChoices';

const team = '0190e0a0-0000-7000-8000-00000000b001';
const agent = (n: number, name: string, email: string): Agent => ({
  id: `0190e0a0-0000-7000-8000-00000000a00${n}`,
  name,
  email,
  teamId: team,
});
const karin = agent(1, 'Karin Lindqvist', 'karin.lindqvist@kundservice.example');
const asa = agent(2, 'Åsa Ødegård', 'asa.odegard@kundservice.example');
const per = agent(3, 'Per-Olof Nyström', 'per-olof.nystrom@kundservice.example');
const agents = [asa, karin, per];

const shown = (choices: ReturnType<typeof agentChoices>) =>
  choices.map((c) => (c.kind === 'nobody' ? 'Unassign' : c.kind === 'me' ? 'Assign to me' : c.agent.name));

describe('assign dialog choices', () => {
  it('offers "Assign to me" first, then colleagues, then unassign', () => {
    expect(shown(agentChoices(agents, karin.id, per.id, ''))).toEqual([
      'Assign to me',
      'Åsa Ødegård',
      'Unassign',
    ]);
  });

  it('leaves out whoever has the case now', () => {
    expect(shown(agentChoices(agents, karin.id, karin.id, ''))).toEqual([
      'Åsa Ødegård',
      'Per-Olof Nyström',
      'Unassign',
    ]);
    expect(shown(agentChoices(agents, karin.id, null, ''))).toEqual([
      'Assign to me',
      'Åsa Ødegård',
      'Per-Olof Nyström',
    ]);
  });

  it('filters as you type, with or without Nordic letters', () => {
    expect(shown(agentChoices(agents, karin.id, null, 'asa od'))).toEqual(['Åsa Ødegård']);
    expect(shown(agentChoices(agents, karin.id, null, 'NYSTRÖM'))).toEqual(['Per-Olof Nyström']);
    expect(shown(agentChoices(agents, karin.id, null, 'lindq'))).toEqual(['Assign to me']);
    expect(shown(agentChoices(agents, karin.id, null, 'nobody here'))).toEqual([]);
  });

  it('needs a hand-over note only when the case goes to someone else', () => {
    const [me, colleague, nobody] = agentChoices(agents, karin.id, per.id, '');
    expect(needsHandoverNote(me)).toBe(false);
    expect(needsHandoverNote(colleague)).toBe(true);
    expect(needsHandoverNote(nobody)).toBe(false);
  });
});
