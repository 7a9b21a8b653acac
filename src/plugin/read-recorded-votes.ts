import { TAG_KEYS, TAG_NAMESPACE } from '../core/map-tags';
import type { RecordedVote } from '../core/recorded-votes';
import { parseRecordedVote } from '../core/recorded-votes';
import type { FigJamPage } from './figjam-api';

/**
 * The votes of every imported note on the page, by note id: one search finds just the notes that carry them, so
 * a board without imported votes costs one call and an imported note two reads.
 */
export function readRecordedVotes(page: FigJamPage): Map<string, RecordedVote> {
  const votes = new Map<string, RecordedVote>();
  for (const note of page.findAllWithCriteria({ types: ['STICKY'], sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.votes] } })) {
    const id = note.id;
    const vote = parseRecordedVote(note.getSharedPluginData(TAG_NAMESPACE, TAG_KEYS.votes), id);
    if (vote) votes.set(id, vote);
  }
  return votes;
}
