import type { NoteOrigin } from '../../core/journey/journey-schema';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { parseNoteOrigin } from '../../core/board/note-origin';
import type { RecordedVote } from '../../core/board/recorded-votes';
import { parseRecordedVote } from '../../core/board/recorded-votes';
import type { FigJamPage, FigJamSticky } from '../platform/figjam-api';
import type { YieldBudget } from '../platform/yield-budget';

export interface NoteTags {
  votes: Map<string, RecordedVote>;
  /** Where notes an edit set beside the map came from (TAG_KEYS.keptFrom); empty when only votes were asked for. */
  origins: Map<string, NoteOrigin>;
}

/**
 * Which tags a reader wants: a map Journey Lanes drew has both; a hand-drawn grid is never edited by Journey
 * Lanes, so only the votes an import recorded on its notes are its own, and neither searching for nor reading an
 * origin costs it anything.
 */
export type NoteTagKinds = 'votes' | 'votes and origins';

const TAGGED_NOTES: Record<NoteTagKinds, { types: ['STICKY']; sharedPluginData: { namespace: string; keys: string[] } }> = {
  votes: { types: ['STICKY'], sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.votes] } },
  'votes and origins': { types: ['STICKY'], sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.votes, TAG_KEYS.keptFrom] } },
};

/**
 * The votes an import recorded and (when `kinds` asks for them) the origins an edit recorded on the notes
 * `noteIds`, by note id. One search of the page finds just the notes that carry a wanted tag (`keys` matches any of
 * them; notes beside a map are on the page, not in it), so an ordinary note costs nothing and a board without such
 * notes costs one call; a tagged note costs its id and, when it is one of `noteIds`, each wanted tag. With a
 * `budget`, pauses whenever the request's budget says its slice of the main thread is used.
 */
export async function readNoteTagsAsync(
  page: FigJamPage,
  noteIds: ReadonlySet<string>,
  budget: YieldBudget | undefined,
  kinds: NoteTagKinds = 'votes and origins',
): Promise<NoteTags> {
  const tags: NoteTags = { votes: new Map(), origins: new Map() };
  for (const note of page.findAllWithCriteria(TAGGED_NOTES[kinds])) {
    readTagsOf(note, noteIds, kinds, tags);
    if (budget) await budget.yieldIfDueAsync();
  }
  return tags;
}

function readTagsOf(note: FigJamSticky, noteIds: ReadonlySet<string>, kinds: NoteTagKinds, tags: NoteTags): void {
  const id = note.id;
  if (!noteIds.has(id)) return;
  const vote = parseRecordedVote(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes), id);
  if (vote) tags.votes.set(id, vote);
  if (kinds === 'votes') return;
  const origin = parseNoteOrigin(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.keptFrom));
  if (origin) tags.origins.set(id, origin);
}
