import type { LaneSnapshot, MapSnapshot, NoteSnapshot } from './board-snapshot';
import { countVotes } from './count-votes';
import type { Journey, Lane, Note, RankedNote, Stage, UnplacedNote } from './journey-schema';
import { SCHEMA_VERSION } from './journey-schema';
import type { NotePlacement } from './place-notes';
import { addRecordedVote } from './recorded-votes';
import { computeStageEmotion, scoreEmotion } from './score-emotion';
import { createUniqueId } from './create-unique-id';

export interface JourneyContext {
  exportedAt: string;
  pluginVersion: string;
  page: string;
  via?: 'plugin' | 'rest';
  fileKey?: string;
  mapKind?: 'tagged' | 'inferred';
}

/** Optional fields are left out when absent, never written as undefined, so the JSON holds only what is known. */
function createNote(snapshot: NoteSnapshot, ambiguous: boolean, lane: LaneSnapshot | null): Note {
  const { votes, stamps } = addRecordedVote(countVotes(snapshot.stamps), snapshot.recordedVote);
  const note: Note = { id: snapshot.id, text: snapshot.text, votes };
  if (Object.keys(stamps).length > 0) note.stamps = stamps;
  if (snapshot.author !== null && snapshot.author !== '') note.author = snapshot.author;
  if (snapshot.color !== null && snapshot.color !== '') note.color = snapshot.color;
  if (lane !== null && lane.kind === 'emotions') {
    const { score, source } = scoreEmotion(snapshot.text, snapshot.bounds, lane.bounds);
    note.score = score;
    note.scoreSource = source;
  }
  if (ambiguous) note.ambiguous = true;
  return note;
}

/**
 * Lane and stage ids become object keys in the export, so a snapshot repeating an id would merge two lanes and
 * lose notes. Snapshots from assembleMapSnapshots and inferred grids are unique already; a repeat gets a suffix.
 */
function createUniqueIds(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    const unique = createUniqueId(id, taken);
    taken.add(unique);
    return unique;
  });
}

function rankByVotes(notes: ReadonlyArray<{ note: Note; stageId: string }>): RankedNote[] {
  // Array.prototype.sort is stable, so equal votes keep reading order (stage, lane, then within the cell).
  return [...notes]
    .sort((a, b) => b.note.votes - a.note.votes)
    .map(({ note, stageId }) => ({ id: note.id, text: note.text, votes: note.votes, stageId }));
}

/**
 * The version-1 export of one map: every note of the map exactly once, in a cell, on the persona, or unplaced
 * with a reason. Lanes and stages keep board order; each stage lists every lane, empty ones as []. Where each note
 * goes is decided before, by placeNotes, and `placement` is that decision for this `map`.
 */
export function computeJourney(map: MapSnapshot, placement: NotePlacement, context: JourneyContext): Journey {
  const laneIds = createUniqueIds(map.lanes.map((lane) => lane.id));
  const stageIds = createUniqueIds(map.stages.map((stage) => stage.id));
  const lanes: Lane[] = map.lanes.map((lane, laneIndex) => ({ id: laneIds[laneIndex]!, name: lane.name, kind: lane.kind }));
  const laneCounts = map.lanes.map(() => 0);
  const stageCounts: number[] = [];
  const painPoints: Array<{ note: Note; stageId: string }> = [];
  const opportunities: Array<{ note: Note; stageId: string }> = [];
  let placed = 0;

  const stages: Stage[] = map.stages.map((stage, stageIndex) => {
    const stageId = stageIds[stageIndex]!;
    const cells = placement.cells[stageIndex]!;
    const scores: number[] = [];
    const laneEntries = map.lanes.map((lane, laneIndex) => {
      const notes = cells[laneIndex]!.map((entry) => createNote(entry.note, entry.ambiguous, lane));
      for (const note of notes) {
        if (note.score !== undefined) scores.push(note.score);
        if (lane.kind === 'painPoints') painPoints.push({ note, stageId });
        if (lane.kind === 'opportunities') opportunities.push({ note, stageId });
      }
      laneCounts[laneIndex]! += notes.length;
      return [laneIds[laneIndex]!, notes] as const;
    });
    const count = laneEntries.reduce((sum, [, notes]) => sum + notes.length, 0);
    stageCounts.push(count);
    placed += count;
    return { id: stageId, name: stage.name, emotion: computeStageEmotion(scores), lanes: Object.fromEntries(laneEntries) };
  });

  let lowestEmotionStage: string | null = null;
  let lowestScore = Infinity;
  for (const stage of stages) {
    if (stage.emotion.score !== null && stage.emotion.score < lowestScore) {
      lowestScore = stage.emotion.score;
      lowestEmotionStage = stage.id;
    }
  }

  const personaNotes = placement.persona.map((note) => createNote(note, false, null));
  const unplaced: UnplacedNote[] = placement.unplaced.map(({ note, reason }) => ({ ...createNote(note, false, null), reason }));
  const source: Journey['source'] = { editor: 'figjam', page: context.page, mapId: map.mapId, pluginVersion: context.pluginVersion };
  if (context.via !== undefined) source.via = context.via;
  if (context.fileKey !== undefined) source.fileKey = context.fileKey;
  if (context.mapKind !== undefined) source.mapKind = context.mapKind;

  return {
    schemaVersion: SCHEMA_VERSION,
    title: map.title,
    exportedAt: context.exportedAt,
    source,
    persona: map.persona
      ? { name: map.persona.name, description: map.persona.description, notes: personaNotes }
      : null,
    lanes,
    stages,
    unplaced,
    summary: {
      counts: {
        notes: placed + personaNotes.length + unplaced.length,
        placed,
        unplaced: unplaced.length,
        persona: personaNotes.length,
        byLane: Object.fromEntries(laneIds.map((id, index) => [id, laneCounts[index]!])),
        byStage: Object.fromEntries(stageIds.map((id, index) => [id, stageCounts[index]!])),
      },
      lowestEmotionStage,
      painPointsByVotes: rankByVotes(painPoints),
      opportunitiesByVotes: rankByVotes(opportunities),
    },
  };
}
