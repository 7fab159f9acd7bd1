import { describe, expect, it } from 'vitest';
import { discardDraft, loadDraft, saveDraft } from '../../../src/core/commands/drafts';
import { argsFor, countRows, expectApiError, makeDesk, NOW, UNKNOWN_ID } from './fixtures';

const content = JSON.stringify({ root: { children: [], type: 'root', version: 1 } });

describe('drafts are never lost and stay on this desk', () => {
  it('saving twice keeps one draft with the latest text', () => {
    const desk = makeDesk();
    saveDraft(
      desk.ctx(NOW),
      argsFor('drafts.save', { caseId: desk.caseId, mode: 'reply', content, text: 'Hej' }),
    );
    const { savedAt } = saveDraft(
      desk.ctx(NOW + 1000),
      argsFor('drafts.save', { caseId: desk.caseId, mode: 'reply', content, text: 'Hej Åsa' }),
    );

    expect(savedAt).toBe(NOW + 1000);
    expect(loadDraft(desk.ctx(), argsFor('drafts.load', { caseId: desk.caseId, mode: 'reply' }))).toEqual({
      draft: {
        caseId: desk.caseId,
        agentId: desk.meId,
        mode: 'reply',
        content,
        text: 'Hej Åsa',
        updatedAt: NOW + 1000,
      },
    });
    expect(countRows(desk.db, 'drafts')).toBe(1);
  });

  it('a note draft and a reply draft on the same case are kept apart', () => {
    const desk = makeDesk();
    saveDraft(
      desk.ctx(),
      argsFor('drafts.save', { caseId: desk.caseId, mode: 'note', content, text: 'Intern' }),
    );
    expect(loadDraft(desk.ctx(), argsFor('drafts.load', { caseId: desk.caseId, mode: 'reply' }))).toEqual({
      draft: null,
    });
  });

  it('a colleague does not see my draft', () => {
    const desk = makeDesk();
    saveDraft(
      desk.ctx(),
      argsFor('drafts.save', { caseId: desk.caseId, mode: 'reply', content, text: 'Mitt' }),
    );
    const colleague = { ...desk.ctx(), meId: desk.colleagueId };
    expect(loadDraft(colleague, argsFor('drafts.load', { caseId: desk.caseId, mode: 'reply' }))).toEqual({
      draft: null,
    });
  });

  it('discarding removes it', () => {
    const desk = makeDesk();
    saveDraft(desk.ctx(), argsFor('drafts.save', { caseId: desk.caseId, mode: 'note', content, text: 'x' }));
    discardDraft(desk.ctx(), argsFor('drafts.discard', { caseId: desk.caseId, mode: 'note' }));
    expect(countRows(desk.db, 'drafts')).toBe(0);
  });

  it('drafts never enter the outbox', () => {
    const desk = makeDesk();
    saveDraft(desk.ctx(), argsFor('drafts.save', { caseId: desk.caseId, mode: 'note', content, text: 'x' }));
    discardDraft(desk.ctx(), argsFor('drafts.discard', { caseId: desk.caseId, mode: 'note' }));
    expect(countRows(desk.db, 'outbox')).toBe(0);
  });

  it('a draft for an unknown case is not_found', () => {
    const desk = makeDesk();
    expectApiError(
      () =>
        saveDraft(
          desk.ctx(),
          argsFor('drafts.save', { caseId: UNKNOWN_ID, mode: 'note', content, text: 'x' }),
        ),
      'not_found',
    );
  });
});
