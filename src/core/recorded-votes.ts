import * as z from 'zod/mini';
import { NON_VOTE_STAMPS } from './count-votes';

/**
 * Votes an import gave its notes. A plugin cannot create stamps, so the votes of an imported journey are kept in
 * the map section's plugin data, by note node id, and the export adds them to the stamps it counts on the board.
 */
const RecordedVoteSchema = z.object({
  votes: z.int().check(z.minimum(0)),
  stamps: z.optional(z.record(z.string(), z.int().check(z.minimum(1)))),
});
export type RecordedVote = z.infer<typeof RecordedVoteSchema>;

const RecordedVotesSchema = z.record(z.string(), RecordedVoteSchema);

/** Damaged or missing data reads as no recorded votes: the stamps on the board still count. */
export function parseRecordedVotes(json: string | null): ReadonlyMap<string, RecordedVote> {
  if (json === null || json === '') return new Map();
  try {
    const parsed = RecordedVotesSchema.safeParse(JSON.parse(json));
    return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
  } catch {
    return new Map();
  }
}

export function formatRecordedVotes(votes: ReadonlyMap<string, RecordedVote>): string {
  return JSON.stringify(Object.fromEntries(votes));
}

/** Stamp counts on the board plus the recorded ones, stamps merged by name. */
export function addRecordedVote(
  counted: { votes: number; stamps: Record<string, number> },
  recorded: RecordedVote | undefined,
): { votes: number; stamps: Record<string, number> } {
  if (!recorded) return counted;
  const stamps = { ...counted.stamps };
  for (const [name, count] of Object.entries(recorded.stamps ?? {})) stamps[name] = (stamps[name] ?? 0) + count;
  return { votes: counted.votes + recorded.votes, stamps };
}

/** A journey note's votes: as given, or counted from its stamps as the export counts them; null when it has none. */
export function readImportedVote(note: { votes?: number; stamps?: Record<string, number> }): RecordedVote | null {
  const stampVotes = Object.entries(note.stamps ?? {}).reduce((sum, [name, count]) => sum + (NON_VOTE_STAMPS.has(name) ? 0 : count), 0);
  const votes = note.votes ?? stampVotes;
  if (votes === 0 && note.stamps === undefined) return null;
  return note.stamps === undefined ? { votes } : { votes, stamps: note.stamps };
}
