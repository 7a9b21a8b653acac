import type { ComparedNote, ComparedStage, JourneyComparison, KeptNote } from './journey-comparison-schema';
import { COMPARISON_SCHEMA_VERSION } from './journey-comparison-schema';
import type { Journey, Note, Stage } from '../journey/journey-schema';
import type { LaneKind } from '../shared/lane-kinds';
import { matchSimilarTexts } from './match-similar-texts';

interface StagePair {
  before: Stage | null;
  after: Stage | null;
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Stages matched by id, then the rest by name (any case); the second journey's order, then the first's leftovers. */
function pairStages(before: Journey, after: Journey): StagePair[] {
  const unmatched = new Set(before.stages);
  const partners = new Map<Stage, Stage>();
  for (const stage of after.stages) {
    const partner = before.stages.find((candidate) => unmatched.has(candidate) && candidate.id === stage.id);
    if (partner) {
      partners.set(stage, partner);
      unmatched.delete(partner);
    }
  }
  for (const stage of after.stages) {
    if (partners.has(stage)) continue;
    const partner = before.stages.find((candidate) => unmatched.has(candidate) && normalizeName(candidate.name) === normalizeName(stage.name));
    if (partner) {
      partners.set(stage, partner);
      unmatched.delete(partner);
    }
  }
  return [
    ...after.stages.map((stage) => ({ before: partners.get(stage) ?? null, after: stage })),
    ...before.stages.filter((stage) => unmatched.has(stage)).map((stage) => ({ before: stage, after: null })),
  ];
}

interface LocatedNote {
  note: Note;
  stageId: string;
  /** The index of the stage pair the note belongs to, so matches within a stage win. */
  pair: number;
}

function collectNotes(journey: Journey, pairs: readonly StagePair[], side: 'before' | 'after', kind: LaneKind): LocatedNote[] {
  const laneIds = journey.lanes.filter((lane) => lane.kind === kind).map((lane) => lane.id);
  return pairs.flatMap((pair, index) => {
    const stage = pair[side];
    if (stage === null) return [];
    return laneIds.flatMap((laneId) => (stage.lanes[laneId] ?? []).map((note) => ({ note, stageId: stage.id, pair: index })));
  });
}

function toComparedNote({ note, stageId }: LocatedNote): ComparedNote {
  const compared: ComparedNote = { id: note.id, text: note.text, votes: note.votes, stageId };
  if (note.tags !== undefined) compared.tags = note.tags;
  return compared;
}

function roundDelta(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  const delta = Math.round((after - before) * 100) / 100;
  return delta === 0 ? 0 : delta;
}

function meanScore(stages: readonly Stage[]): number | null {
  const scores = stages.map((stage) => stage.emotion.score).filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100;
}

function countStageVotes(stage: Stage | null): number {
  if (stage === null) return 0;
  return Object.values(stage.lanes).reduce((sum, notes) => sum + notes.reduce((inner, note) => inner + note.votes, 0), 0);
}

function matchNotes(first: readonly LocatedNote[], second: readonly LocatedNote[]) {
  const pairs = matchSimilarTexts(
    first.map(({ note, pair }) => ({ text: note.text, group: String(pair) })),
    second.map(({ note, pair }) => ({ text: note.text, group: String(pair) })),
  );
  const matchedFirst = new Set(pairs.map(([i]) => i));
  const matchedSecond = new Set(pairs.map(([, j]) => j));
  return {
    kept: pairs.map(([i, j]) => ({ before: first[i]!, after: second[j]! })),
    onlyFirst: first.filter((_, i) => !matchedFirst.has(i)),
    onlySecond: second.filter((_, j) => !matchedSecond.has(j)),
  };
}

/**
 * What changed from one journey to another (a current state and its future state, or two workshops): per stage,
 * matched by id then name, the emotion before and after, the pain points resolved, kept and added, the
 * opportunities added and the votes. Pain points and opportunities are matched across the whole map by text,
 * tolerant of small edits, preferring the same stage, so a pain point moved to another stage is still kept.
 * Every pain point of both journeys appears exactly once: resolved, kept (with what it was) or added.
 */
export function compareJourneys(before: Journey, after: Journey): JourneyComparison {
  const pairs = pairStages(before, after);
  const pains = matchNotes(collectNotes(before, pairs, 'before', 'painPoints'), collectNotes(after, pairs, 'after', 'painPoints'));
  const ideas = matchNotes(collectNotes(before, pairs, 'before', 'opportunities'), collectNotes(after, pairs, 'after', 'opportunities'));

  const stages: ComparedStage[] = pairs.map((pair, index) => {
    const stage = (pair.after ?? pair.before)!;
    const emotionBefore = pair.before?.emotion.score ?? null;
    const emotionAfter = pair.after?.emotion.score ?? null;
    const votesBefore = countStageVotes(pair.before);
    const votesAfter = countStageVotes(pair.after);
    const kept: KeptNote[] = pains.kept
      .filter(({ after: note }) => note.pair === index)
      .map(({ before: was, after: now }) => ({ ...toComparedNote(now), before: toComparedNote(was) }));
    return {
      id: stage.id,
      name: stage.name,
      presence: pair.before === null ? 'after' : pair.after === null ? 'before' : 'both',
      emotion: { before: emotionBefore, after: emotionAfter, delta: roundDelta(emotionBefore, emotionAfter) },
      painPoints: {
        resolved: pains.onlyFirst.filter((note) => note.pair === index).map(toComparedNote),
        kept,
        added: pains.onlySecond.filter((note) => note.pair === index).map(toComparedNote),
      },
      opportunities: { added: ideas.onlySecond.filter((note) => note.pair === index).map(toComparedNote) },
      votes: { before: votesBefore, after: votesAfter, delta: votesAfter - votesBefore },
    };
  });

  const emotionBefore = meanScore(before.stages);
  const emotionAfter = meanScore(after.stages);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'journey-comparison',
    before: { title: before.title, source: before.source },
    after: { title: after.title, source: after.source },
    stages,
    summary: {
      painPoints: { resolved: pains.onlyFirst.length, kept: pains.kept.length, added: pains.onlySecond.length },
      opportunitiesAdded: ideas.onlySecond.length,
      emotion: { before: emotionBefore, after: emotionAfter, delta: roundDelta(emotionBefore, emotionAfter) },
    },
  };
}
