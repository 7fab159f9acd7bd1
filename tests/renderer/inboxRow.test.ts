import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { InboxRow } from '../../src/shared/domain';
import { rowFacts } from '../../src/renderer/features/inbox/rowFacts';
import { setupI18n } from '../../src/renderer/i18n/setup';

const now = new Date(2026, 2, 12, 15, 0).getTime();
const HOUR = 3_600_000;

function row(fields: Partial<InboxRow> = {}): InboxRow {
  return {
    id: '0190e0a0-0000-7000-8000-000000000001',
    ref: 'K-2026-00042',
    personId: '0190e0a0-0000-7000-8000-000000000002',
    personName: 'Åsa Ångström',
    channel: 'phone',
    subject: 'Pension payment missing',
    snippet: 'I still have not received…',
    status: 'open',
    priority: 'normal',
    assigneeId: null,
    assigneeName: null,
    createdAt: now - 48 * HOUR,
    lastContactAt: now - 2 * HOUR,
    unread: false,
    promiseDueAt: null,
    repeat: { contacts7d: 1, channels7d: ['phone'] },
    ...fields,
  };
}

describe('inbox row', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await setupI18n('en')).t as TFunction;
  });

  it('is named by person and subject first, for screen readers and tests', () => {
    const facts = rowFacts(row(), now, 'en', t);
    expect(facts.label).toBe(
      'Åsa Ångström, Pension payment missing, Phone, Last contact 2 hr ago, Unassigned',
    );
  });

  it('tells a due promise from an overdue one in words, not only colour', () => {
    const due = rowFacts(row({ promiseDueAt: now + HOUR }), now, 'en', t).promise;
    const overdue = rowFacts(row({ promiseDueAt: now - 26 * HOUR }), now, 'en', t).promise;
    expect(due).toMatchObject({ overdue: false, text: 'Promise due 16:00' });
    expect(overdue).toMatchObject({ overdue: true, text: 'Promise overdue since 11 Mar' });
  });

  it('shows the repeat-contact signal only from the third contact in a week', () => {
    expect(
      rowFacts(row({ repeat: { contacts7d: 2, channels7d: ['phone'] } }), now, 'en', t).repeat,
    ).toBeNull();
    expect(
      rowFacts(row({ repeat: { contacts7d: 4, channels7d: ['phone', 'email'] } }), now, 'en', t).repeat,
    ).toBe('4 contacts in 7 days');
  });

  it('names the assignee and marks unread cases', () => {
    const facts = rowFacts(row({ assigneeName: 'Karin Berg', unread: true }), now, 'en', t);
    expect(facts.assignee).toBe('Karin Berg');
    expect(facts.label.startsWith('Unread, Åsa Ångström')).toBe(true);
    expect(facts.label.endsWith('Assigned to Karin Berg')).toBe(true);
  });
});
