import * as z from 'zod/mini';
import { NON_VOTE_STAMPS } from '../journey/count-votes';
import { MAX_EMOTION_SCORE, MIN_EMOTION_SCORE } from '../template/emotion-position';
import { ownKeyRecordSchema } from '../shared/own-key-record-schema';
import { scoreEmotionText } from '../journey/score-emotion';

/**
 * Votes an import gave a note. A plugin cannot create stamps, so an imported note's votes are kept in its own
 * shared plugin data (`votes`), move with it, and the export adds them to the stamps it counts on the board. A tag
 * per note, not one per map: Figma refuses plugin data over 100 kB. The tag names its note: plugin data is copied
 * with a node, and a copy of a voted note must not count the votes again.
 */
const RecordedVoteSchema = z.object({
  votes: z.int().check(z.minimum(0)),
  stamps: z.optional(ownKeyRecordSchema(z.int().check(z.minimum(1)))),
  /** The emotion score the journey gave the note, which stands over a number in its text (`+2 great` scored -2). */
  score: z.optional(z.number().check(z.minimum(MIN_EMOTION_SCORE), z.maximum(MAX_EMOTION_SCORE))),
});
export type RecordedVote = z.infer<typeof RecordedVoteSchema>;

const RecordedVoteTagSchema = z.extend(RecordedVoteSchema, { noteId: z.string() });

/** The vote recorded on note `noteId`; damaged data, or a tag copied from another note, reads as none. */
export function parseRecordedVote(json: string | null | undefined, noteId: string): RecordedVote | null {
  if (json === null || json === undefined || json === '') return null;
  try {
    const parsed = RecordedVoteTagSchema.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.noteId !== noteId) return null;
    const { noteId: _noteId, ...vote } = parsed.data;
    return vote;
  } catch {
    return null;
  }
}

export function formatRecordedVote(noteId: string, vote: RecordedVote): string {
  return JSON.stringify({ noteId, ...vote });
}

/** Stamp counts on the board plus the recorded ones, stamps merged by name. */
export function addRecordedVote(
  counted: { votes: number; stamps: Record<string, number> },
  recorded: RecordedVote | null | undefined,
): { votes: number; stamps: Record<string, number> } {
  if (!recorded) return counted;
  // Stamp names are data: a Map, so `constructor` or `__proto__` is counted like any name, not read from Object.
  const stamps = new Map(Object.entries(counted.stamps));
  for (const [name, count] of Object.entries(recorded.stamps ?? {})) stamps.set(name, (stamps.get(name) ?? 0) + count);
  return { votes: counted.votes + recorded.votes, stamps: Object.fromEntries(stamps) };
}

/**
 * A journey note's votes: as given, or counted from its stamps as the export counts them, and its emotion score
 * when its text would say another (a score the text agrees with needs no record); null when there is nothing to keep.
 */
export function parseImportedVote(note: { text?: string; votes?: number; stamps?: Record<string, number>; score?: number }): RecordedVote | null {
  const stampVotes = Object.entries(note.stamps ?? {}).reduce((sum, [name, count]) => sum + (NON_VOTE_STAMPS.has(name) ? 0 : count), 0);
  const votes = note.votes ?? stampVotes;
  const score = note.score !== undefined && scoreEmotionText(note.text ?? '')?.score !== note.score ? note.score : undefined;
  if (votes === 0 && note.stamps === undefined && score === undefined) return null;
  return {
    votes,
    ...(note.stamps === undefined ? {} : { stamps: note.stamps }),
    ...(score === undefined ? {} : { score }),
  };
}

/** Gives each note the vote recorded for it, found by note id. */
export function attachRecordedVotes<Note extends { id: string }>(notes: readonly Note[], votes: ReadonlyMap<string, RecordedVote>): Note[] {
  if (votes.size === 0) return [...notes];
  return notes.map((note) => {
    const recordedVote = votes.get(note.id);
    return recordedVote ? { ...note, recordedVote } : note;
  });
}
