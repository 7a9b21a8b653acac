import { TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { RecordedVote } from '../../core/board/recorded-votes';
import { parseRecordedVote } from '../../core/board/recorded-votes';
import type { FigJamPage } from '../platform/figjam-api';

/**
 * The votes recorded on the notes `noteIds`, by note id. One search of the page finds just the notes that carry
 * votes (notes beside a map are on the page, not in it), so a board without imported votes costs one call; a
 * voted note costs its id, and its tag only when it is one of `noteIds`.
 */
export function readRecordedVotes(page: FigJamPage, noteIds: ReadonlySet<string>): Map<string, RecordedVote> {
  const votes = new Map<string, RecordedVote>();
  for (const note of page.findAllWithCriteria({ types: ['STICKY'], sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.votes] } })) {
    const id = note.id;
    if (!noteIds.has(id)) continue;
    const vote = parseRecordedVote(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes), id);
    if (vote) votes.set(id, vote);
  }
  return votes;
}
