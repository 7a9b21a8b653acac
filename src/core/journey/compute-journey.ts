import type { LaneSnapshot, MapSnapshot, NoteSnapshot, PersonaSlotSnapshot } from '../board/board-snapshot';
import { countVotes } from './count-votes';
import { detectChannel } from './detect-channel';
import { isQuotedSpeech } from './is-quoted-speech';
import type { Channel, Journey, Lane, Note, PersonaSlots, RankedNote, Stage, Summary, UnplacedNote } from './journey-schema';
import { SCHEMA_VERSION } from './journey-schema';
import type { NotePlacement } from '../placement/place-notes';
import { parseNoteTags } from './parse-note-tags';
import { DEFAULT_PERSONA } from '../template/presets';
import { addRecordedVote } from '../board/recorded-votes';
import { createUniqueId } from '../shared/create-unique-id';
import { computeStageEmotion } from './score-emotion';
import { scoreRecordedEmotion } from './score-recorded-emotion';
import { orderByKeys } from '../shared/order-by-keys';

export interface JourneyContext {
  exportedAt: string;
  pluginVersion: string;
  page: string;
  via?: 'plugin' | 'rest';
  fileKey?: string;
  mapKind?: 'tagged' | 'inferred';
  /** REST reads: whether the file holds any stamp, so that votes could be counted. */
  stampsFound?: boolean;
}

/** Optional fields are left out when absent, never written as undefined, so the JSON holds only what is known. */
function createNote(snapshot: NoteSnapshot, ambiguous: boolean, lane: LaneSnapshot | null): Note {
  // Most notes carry no stamp and no recorded vote: they are counted without a map and an object each.
  const counted = snapshot.stamps.length === 0 && !snapshot.recordedVote ? null : addRecordedVote(countVotes(snapshot.stamps), snapshot.recordedVote);
  const note: Note = { id: snapshot.id, text: snapshot.text, votes: counted === null ? 0 : counted.votes };
  if (counted !== null && Object.keys(counted.stamps).length > 0) note.stamps = counted.stamps;
  if (snapshot.author !== null && snapshot.author !== '') note.author = snapshot.author;
  if (snapshot.color !== null && snapshot.color !== '') note.color = snapshot.color;
  if (lane !== null && lane.kind === 'emotions') {
    const { score, source } = scoreRecordedEmotion(snapshot.text, snapshot.bounds, lane.bounds, snapshot.recordedVote?.score);
    note.score = score;
    note.scoreSource = source;
  }
  if (ambiguous) note.ambiguous = true;
  const channel = detectChannel(snapshot.text, lane !== null && lane.kind === 'touchpoints');
  if (channel !== null) note.channel = channel;
  const tags = parseNoteTags(snapshot.text);
  if (tags.length > 0) note.tags = tags;
  if (isQuotedSpeech(snapshot.text)) note.quote = true;
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

/** A sticky with nothing written on it is not a note: it is counted, never listed, and never scored or ranked. */
export function isEmptyNote(note: NoteSnapshot): boolean {
  return note.text.trim() === '';
}

/** The persona card as drawn still holds the template's prompt: that is not a description of anyone. */
function readPersonaDescription(description: string): string {
  return description.trim() === DEFAULT_PERSONA.description ? '' : description;
}

function rankByVotes(notes: ReadonlyArray<{ note: Note; stageId: string }>): RankedNote[] {
  // Most votes first, by the typed array's own sort of the negated counts; the order is stable, so equal votes
  // keep reading order (stage, lane, then within the cell).
  const negatedVotes = new Float64Array(notes.length);
  notes.forEach(({ note }, index) => (negatedVotes[index] = -note.votes));
  const ranked: RankedNote[] = [];
  for (const index of orderByKeys(negatedVotes).order) {
    const { note, stageId } = notes[index]!;
    const entry: RankedNote = { id: note.id, text: note.text, votes: note.votes, stageId };
    if (note.tags !== undefined) entry.tags = note.tags;
    ranked.push(entry);
  }
  return ranked;
}

/**
 * Notes of each channel in each stage, channels and stages in the order they first appear. Counted in maps, since
 * stage ids come from the board and one named "__proto__" must stay a plain key.
 */
function countChannels(stages: readonly Stage[]): NonNullable<Summary['channels']> {
  const counts = new Map<Channel, Map<string, number>>();
  for (const stage of stages) {
    for (const notes of Object.values(stage.lanes)) {
      for (const { channel } of notes) {
        if (channel === undefined) continue;
        const byStage = counts.get(channel) ?? new Map<string, number>();
        byStage.set(stage.id, (byStage.get(stage.id) ?? 0) + 1);
        counts.set(channel, byStage);
      }
    }
  }
  return Object.fromEntries([...counts].map(([channel, byStage]) => [channel, Object.fromEntries(byStage)]));
}

/** Notes carrying each tag, most first; equal counts keep the order tags first appear in. */
function countTags(notes: readonly Note[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}

/**
 * The version-1 export of one map: every note of the map exactly once, in a cell, on the persona, or unplaced
 * with a reason, and every empty sticky counted in `summary.emptyNotes`. Lanes and stages keep board order; each
 * stage lists every lane, empty ones as []. Where each note goes is decided before, by placeNotes, and `placement`
 * is that decision for this `map`.
 */
export function computeJourney(map: MapSnapshot, placement: NotePlacement, context: JourneyContext): Journey {
  const laneIds = createUniqueIds(map.lanes.map((lane) => lane.id));
  const stageIds = createUniqueIds(map.stages.map((stage) => stage.id));
  const lanes: Lane[] = map.lanes.map((lane, laneIndex) => ({
    id: laneIds[laneIndex]!,
    name: lane.name,
    kind: lane.kind,
    ...(lane.labelNodeId !== undefined ? { labelNodeId: lane.labelNodeId } : {}),
  }));
  const laneCounts = map.lanes.map(() => 0);
  const stageCounts: number[] = [];
  const painPoints: Array<{ note: Note; stageId: string }> = [];
  const opportunities: Array<{ note: Note; stageId: string }> = [];
  const painPointsByStage: Record<string, number> = {};
  const scoredByPosition: string[] = [];
  let placed = 0;
  let ambiguousNotes = 0;
  let emptyNotes = 0;
  const keepWritten = <T extends { note: NoteSnapshot }>(entries: readonly T[]): T[] => {
    const written = entries.filter((entry) => !isEmptyNote(entry.note));
    emptyNotes += entries.length - written.length;
    return written;
  };

  const stages: Stage[] = map.stages.map((stage, stageIndex) => {
    const stageId = stageIds[stageIndex]!;
    const cells = placement.cells[stageIndex]!;
    const scores: number[] = [];
    painPointsByStage[stageId] = 0;
    const laneEntries = map.lanes.map((lane, laneIndex) => {
      const notes = keepWritten(cells[laneIndex]!).map((entry) => createNote(entry.note, entry.ambiguous, lane));
      for (const note of notes) {
        if (note.score !== undefined) scores.push(note.score);
        if (note.scoreSource === 'position') scoredByPosition.push(note.id);
        if (note.ambiguous === true) ambiguousNotes += 1;
        if (lane.kind === 'painPoints') {
          painPoints.push({ note, stageId });
          painPointsByStage[stageId] = (painPointsByStage[stageId] ?? 0) + 1;
        }
        if (lane.kind === 'opportunities') opportunities.push({ note, stageId });
      }
      laneCounts[laneIndex]! += notes.length;
      return [laneIds[laneIndex]!, notes] as const;
    });
    const count = laneEntries.reduce((sum, [, notes]) => sum + notes.length, 0);
    stageCounts.push(count);
    placed += count;
    const label = stage.labelNodeId !== undefined ? { labelNodeId: stage.labelNodeId } : {};
    const description = stage.description !== undefined ? { description: stage.description } : {};
    return { id: stageId, name: stage.name, ...label, ...description, emotion: computeStageEmotion(scores), lanes: Object.fromEntries(laneEntries) };
  });

  let lowestEmotionStage: string | null = null;
  let lowestScore = Infinity;
  let highestEmotionStage: string | null = null;
  let highestScore = -Infinity;
  for (const stage of stages) {
    if (stage.emotion.score !== null && stage.emotion.score < lowestScore) {
      lowestScore = stage.emotion.score;
      lowestEmotionStage = stage.id;
    }
    if (stage.emotion.score !== null && stage.emotion.score > highestScore) {
      highestScore = stage.emotion.score;
      highestEmotionStage = stage.id;
    }
  }

  const writtenNotes = (notes: readonly NoteSnapshot[]): Note[] =>
    keepWritten(notes.map((note) => ({ note }))).map(({ note }) => createNote(note, false, null));
  const personaNotes = writtenNotes(placement.persona);
  const slots = map.persona?.slots ? collectPersonaSlots(map.persona.slots, placement.personaSlots, writtenNotes) : undefined;
  const slotNotes = slots ? Object.values(slots).flat() : [];
  const parkingLot = map.parkingLot ? writtenNotes(placement.parkingLot) : undefined;
  const parkingLotNotes = parkingLot ?? [];
  const unplaced: UnplacedNote[] = keepWritten(placement.unplaced).map(({ note, reason }) => {
    const entry: UnplacedNote = { ...createNote(note, false, null), reason };
    if (note.keptFrom !== undefined) entry.from = { ...note.keptFrom };
    return entry;
  });
  const source: Journey['source'] = { editor: 'figjam', page: context.page, mapId: map.mapId, pluginVersion: context.pluginVersion };
  if (context.via !== undefined) source.via = context.via;
  if (context.fileKey !== undefined) source.fileKey = context.fileKey;
  if (context.mapKind !== undefined) source.mapKind = context.mapKind;
  if (context.stampsFound !== undefined) source.stampsFound = context.stampsFound;

  return {
    schemaVersion: SCHEMA_VERSION,
    title: map.title,
    ...(map.state !== undefined ? { state: map.state } : {}),
    ...(map.scenario !== undefined ? { scenario: map.scenario } : {}),
    ...(map.team !== undefined ? { team: map.team } : {}),
    ...(map.date !== undefined ? { date: map.date } : {}),
    ...(map.cellSize !== undefined ? { cellSize: { ...map.cellSize } } : {}),
    exportedAt: context.exportedAt,
    source,
    persona: map.persona
      ? {
          name: map.persona.name,
          description: readPersonaDescription(map.persona.description),
          notes: personaNotes,
          ...(map.persona.role !== undefined ? { role: map.persona.role } : {}),
          ...(slots ? { slots } : {}),
        }
      : null,
    lanes,
    stages,
    unplaced,
    summary: {
      counts: {
        notes: placed + personaNotes.length + slotNotes.length + unplaced.length + parkingLotNotes.length,
        placed,
        unplaced: unplaced.length,
        persona: personaNotes.length + slotNotes.length,
        byLane: Object.fromEntries(laneIds.map((id, index) => [id, laneCounts[index]!])),
        byStage: Object.fromEntries(stageIds.map((id, index) => [id, stageCounts[index]!])),
        ...(parkingLot ? { parkingLot: parkingLot.length } : {}),
      },
      lowestEmotionStage,
      painPointsByVotes: rankByVotes(painPoints),
      opportunitiesByVotes: rankByVotes(opportunities),
      channels: countChannels(stages),
      tags: countTags([...stages.flatMap((stage) => Object.values(stage.lanes).flat()), ...personaNotes, ...slotNotes, ...unplaced, ...parkingLotNotes]),
      highestEmotionStage,
      painPointsByStage,
      ambiguousNotes,
      emptyNotes,
      scoredByPosition: { count: scoredByPosition.length, noteIds: scoredByPosition },
    },
    ...(parkingLot ? { parkingLot } : {}),
  };
}

/** Every slot listed, in PERSONA_SLOTS order, each with its written notes in reading order. */
function collectPersonaSlots(
  slots: readonly PersonaSlotSnapshot[],
  notesBySlot: readonly NoteSnapshot[][],
  writtenNotes: (notes: readonly NoteSnapshot[]) => Note[],
): PersonaSlots {
  const collected: PersonaSlots = { goals: [], needs: [], frustrations: [], quote: [] };
  slots.forEach((slot, index) => collected[slot.id].push(...writtenNotes(notesBySlot[index] ?? [])));
  return collected;
}
