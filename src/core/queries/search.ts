import type { Args, Result, SearchHit, SearchHitKind } from '../../shared/api';
import type { Db } from '../store/openStore';
import { searchIndexBehind } from '../store/searchBacklog';
import type { QueryContext } from './context';
import type { EventMatch, SearchFilters } from './searchSources';
import { matchCases, matchEvents, matchPeople } from './searchSources';
import { findMatches, snippet } from './searchSnippet';
import { ftsMatch, searchTerms } from './searchTerms';

/**
 * Search as you type over people, cases, messages and notes. Order: people whose name matches,
 * then cases, then people found only through their note, then messages and notes; within each,
 * best bm25 first, then most recent. Any text is a valid query: it never raises a syntax error.
 * Filters (channel, status, since) apply to cases, to messages and notes through their case, and to
 * people through any one of their cases.
 */
export function searchAll(db: Db, _ctx: QueryContext, args: Args<'search.query'>): Result<'search.query'> {
  const wanted = (kind: SearchHitKind) => args.kinds === null || args.kinds.includes(kind);
  // People are few and typed by first letter; cases and events need two letters before a prefix search.
  const personTerms = searchTerms(args.q, 1);
  const otherTerms = searchTerms(args.q, 2);
  const indexing = searchIndexBehind(db);
  if (personTerms.words.length === 0) return { hits: [], indexing };
  const filters: SearchFilters = { channel: args.channel, status: args.status, since: args.since };

  const byName: SearchHit[] = [];
  const byNote: SearchHit[] = [];
  if (wanted('person')) {
    for (const p of matchPeople(db, ftsMatch(personTerms), args.limit, filters)) {
      const shown = p.preferred_name ? `${p.name} (${p.preferred_name})` : p.name;
      const name = findMatches(shown, personTerms);
      const note = findMatches(p.note_text, personTerms);
      const hit = {
        kind: 'person' as const,
        id: p.id,
        personId: p.id,
        caseId: null,
        title: p.name,
        at: p.created_at,
      };
      if (name.all) byName.push({ ...hit, snippet: snippet(name) });
      else byNote.push({ ...hit, snippet: snippet(note.spans.length > 0 ? note : name) });
    }
  }

  const cases: SearchHit[] = wanted('case')
    ? matchCases(db, ftsMatch(otherTerms), args.limit, filters).map((c) => {
        const title = `${c.ref} ${c.subject}`;
        return {
          kind: 'case',
          id: c.id,
          personId: c.person_id,
          caseId: c.id,
          title,
          snippet: snippet(findMatches(title, otherTerms)),
          at: c.last_contact_at,
        };
      })
    : [];

  const eventKinds: EventMatch['kind'][] = [];
  if (wanted('message')) eventKinds.push('contact');
  if (wanted('note')) eventKinds.push('note');
  const events: SearchHit[] = matchEvents(db, ftsMatch(otherTerms), eventKinds, args.limit, filters).map(
    (e) => ({
      kind: e.kind === 'note' ? 'note' : 'message',
      id: e.id,
      personId: e.person_id,
      caseId: e.case_id,
      title: `${e.person_name} · ${e.subject}`,
      snippet: snippet(findMatches(e.body_text, otherTerms)),
      at: e.created_at,
    }),
  );

  return { hits: [...byName, ...cases, ...byNote, ...events].slice(0, args.limit), indexing };
}
