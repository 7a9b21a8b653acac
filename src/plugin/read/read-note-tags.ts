import type { NoteOrigin } from '../../core/journey/journey-schema';
import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import { parseNoteOrigin } from '../../core/board/note-origin';
import type { RecordedVote } from '../../core/board/recorded-votes';
import { parseRecordedVote } from '../../core/board/recorded-votes';
import type { FigJamPage, FigJamSticky } from '../platform/figjam-api';
import type { YieldBudget } from '../platform/yield-budget';

export interface NoteTags {
  votes: Map<string, RecordedVote>;
  /** Where notes an edit set beside the map came from (TAG_KEYS.keptFrom). */
  origins: Map<string, NoteOrigin>;
}

const TAGGED_NOTES = { types: ['STICKY' as const], sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.votes, TAG_KEYS.keptFrom] } };

/**
 * The votes an import recorded and the origins an edit recorded on the notes `noteIds`, by note id. One search of
 * the page finds just the notes that carry either tag (`keys` matches any of them), so an ordinary note costs
 * nothing and a board without such notes costs one call; a tagged note costs its id and, when it is one of
 * `noteIds`, its two tags. With a `budget`, pauses whenever the request's budget says its slice of the main thread
 * is used.
 */
export async function readNoteTagsAsync(page: FigJamPage, noteIds: ReadonlySet<string>, budget: YieldBudget | undefined): Promise<NoteTags> {
  const tags: NoteTags = { votes: new Map(), origins: new Map() };
  for (const note of page.findAllWithCriteria(TAGGED_NOTES)) {
    readTagsOf(note, noteIds, tags);
    if (budget) await budget.yieldIfDueAsync();
  }
  return tags;
}

function readTagsOf(note: FigJamSticky, noteIds: ReadonlySet<string>, tags: NoteTags): void {
  const id = note.id;
  if (!noteIds.has(id)) return;
  const vote = parseRecordedVote(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes), id);
  if (vote) tags.votes.set(id, vote);
  const origin = parseNoteOrigin(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.keptFrom));
  if (origin) tags.origins.set(id, origin);
}
