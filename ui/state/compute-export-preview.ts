import type { Journey, LaneSchema, UnplacedReason } from '../../src/core/journey/journey-schema';
import * as z from 'zod/mini';
import { ownValue } from '../../src/core/shared/own-value';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { areVotesUnknown } from '../../src/core/journey/are-votes-unknown';

export const TOP_PAIN_POINT_COUNT = 5;
export const UNPLACED_SHOWN_COUNT = 50;

export interface EmotionPoint {
  stageName: string;
  /** -2 to +2, the mean of the stage's emotion notes; null when the stage has none. */
  score: number | null;
  count: number;
}

export interface PreviewNote {
  id: string;
  text: string;
}

export interface RankedPreviewNote extends PreviewNote {
  votes: number;
  stageName: string;
}

export interface UnplacedPreviewNote extends PreviewNote {
  reason: UnplacedReason;
}

/** Notes whose score came from how high they sit in the emotion lane, not from what they say. */
export interface PositionScored {
  count: number;
  noteIds: string[];
}

export interface ExportPreview {
  title: string;
  stageNames: string[];
  lanes: Array<z.infer<typeof LaneSchema>>;
  /** `counts[lane][stage]`: notes in that cell, lanes in the map's order. */
  counts: number[][];
  noteCount: number;
  unplacedCount: number;
  /** Notes on the persona card: counted in `noteCount`, in no cell of the table. */
  personaCount: number;
  emotion: EmotionPoint[];
  /** Voted pain points only, as the Markdown report lists them. */
  topPainPoints: RankedPreviewNote[];
  /** What the pain point list says when it lists none: none with notes, none voted, or votes not known. */
  noTopPainPoints: string;
  /** The first unplaced notes only: a board can hold thousands and the panel lists them one by one. */
  unplaced: UnplacedPreviewNote[];
  unplacedNotShown: number;
  positionScored: PositionScored;
  /**
   * Where the notes are, one sentence each: in the grid, on the persona card (card and slots apart), in the parking
   * lot, in no cell. Each note is in one of them, so they add up to `noteCount`; places holding none are left out
   * but the grid.
   */
  whereNotesAre: string[];
}

/**
 * The export's own count (`summary.scoredByPosition`) when it carries one; else counted from the notes'
 * `scoreSource`, which every version-1 export has, so a journey exported before that field still says it.
 */
function readPositionScored(journey: Journey): PositionScored {
  if (journey.summary.scoredByPosition !== undefined) return journey.summary.scoredByPosition;
  const noteIds = journey.stages.flatMap((stage) =>
    Object.values(stage.lanes).flatMap((notes) => notes.filter((note) => note.scoreSource === 'position').map((note) => note.id)),
  );
  return { count: noteIds.length, noteIds };
}

/** Notes in the grid's cells: every stage's notes in the map's lanes, counted from the notes themselves. */
function countGridNotes(journey: Journey): number {
  return journey.stages.reduce((sum, stage) => sum + journey.lanes.reduce((inStage, lane) => inStage + (ownValue(stage.lanes, lane.id)?.length ?? 0), 0), 0);
}

function describeWhereNotesAre(journey: Journey): string[] {
  const card = journey.persona?.notes.length ?? 0;
  const slots = Object.values(journey.persona?.slots ?? {}).reduce((sum, notes) => sum + notes.length, 0);
  const parked = journey.parkingLot?.length ?? 0;
  return [
    USER_MESSAGES.gridNotesRead(countGridNotes(journey), journey.stages.length, journey.lanes.length),
    ...(card + slots > 0 ? [USER_MESSAGES.personaCardNotesRead(card, slots)] : []),
    ...(parked > 0 ? [USER_MESSAGES.parkingLotNotesRead(parked)] : []),
    ...(journey.unplaced.length > 0 ? [USER_MESSAGES.unplacedNotesRead(journey.unplaced.length)] : []),
  ];
}

/** When votes could not be counted, no note is said to have none. */
function describeNoTopPainPoints(journey: Journey): string {
  if (areVotesUnknown(journey)) return USER_MESSAGES.votesNotCounted;
  return journey.summary.painPointsByVotes.length > 0 ? USER_MESSAGES.noVotedPainPoints : USER_MESSAGES.noPainPoints;
}

/** What the export panel shows of a journey that was read: plain numbers and texts, nothing to compute in a view. */
export function computeExportPreview(journey: Journey): ExportPreview {
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  return {
    title: journey.title,
    stageNames: journey.stages.map((stage) => stage.name),
    lanes: journey.lanes,
    counts: journey.lanes.map((lane) => journey.stages.map((stage) => ownValue(stage.lanes, lane.id)?.length ?? 0)),
    noteCount: journey.summary.counts.notes,
    unplacedCount: journey.unplaced.length,
    personaCount: journey.summary.counts.persona,
    emotion: journey.stages.map((stage) => ({
      stageName: stage.name,
      score: stage.emotion.score,
      count: stage.emotion.count,
    })),
    noTopPainPoints: describeNoTopPainPoints(journey),
    topPainPoints: journey.summary.painPointsByVotes.filter((note) => note.votes > 0).slice(0, TOP_PAIN_POINT_COUNT).map((note) => ({
      id: note.id,
      text: note.text,
      votes: note.votes,
      stageName: stageNames.get(note.stageId) ?? note.stageId,
    })),
    unplaced: journey.unplaced.slice(0, UNPLACED_SHOWN_COUNT).map((note) => ({
      id: note.id,
      text: note.text,
      reason: note.reason,
    })),
    unplacedNotShown: Math.max(0, journey.unplaced.length - UNPLACED_SHOWN_COUNT),
    positionScored: readPositionScored(journey),
    whereNotesAre: describeWhereNotesAre(journey),
  };
}
