import { NOTE_GAP } from '../template/compute-map-layout';
import { computeEmotionScoreY } from '../template/emotion-position';
import { scoreEmotionText } from '../journey/score-emotion';
import type { Point, Rect } from '../shared/geometry';
import { rectBottom } from '../shared/geometry';
import type { ImportedNote } from './journey-import-schema';
import type { MapLayout } from '../template/map-layout';
import { STICKY_SIZE } from '../template/map-layout';
import type { JourneyImport } from './parse-journey-import';
import { ownValue } from '../shared/own-value';
import { PERSONA_SLOTS } from '../template/persona-slots';
import type { PersonaSlotId } from '../template/persona-slots';
import { placeInWorkshopArea, placeOnPersonaCard } from './place-in-workshop-area';

export type ImportedNoteHome =
  | { kind: 'cell'; laneId: string; stageId: string }
  | { kind: 'persona' }
  /** Notes the journey lists as unplaced go beside the map, where the export reports them as unplaced again. */
  | { kind: 'beside' }
  | { kind: 'persona-slot'; slotId: PersonaSlotId }
  | { kind: 'parking-lot' };

export interface ListedImportNote {
  note: ImportedNote;
  /** Spec ids, not the journey's. */
  home: ImportedNoteHome;
}

/**
 * Every note of the journey once, in journey order: stage by stage, each in lane order, then persona, then
 * unplaced, then the persona's slots and the parking lot.
 */
export function listImportedNotes(value: JourneyImport): ListedImportNote[] {
  const { journey, laneIds, stageIds } = value;
  const listed: ListedImportNote[] = [];
  for (const stage of journey.stages) {
    const stageId = stageIds.get(stage.id)!;
    for (const lane of journey.lanes) {
      for (const note of ownValue(stage.lanes, lane.id) ?? []) listed.push({ note, home: { kind: 'cell', laneId: laneIds.get(lane.id)!, stageId } });
    }
  }
  for (const note of journey.persona?.notes ?? []) listed.push({ note, home: { kind: 'persona' } });
  for (const note of journey.unplaced ?? []) listed.push({ note, home: { kind: 'beside' } });
  for (const slot of PERSONA_SLOTS) {
    for (const note of journey.persona?.slots?.[slot.id] ?? []) listed.push({ note, home: { kind: 'persona-slot', slotId: slot.id } });
  }
  for (const note of journey.parkingLot ?? []) listed.push({ note, home: { kind: 'parking-lot' } });
  return listed;
}

/** Notes of one cell, of the persona, or beside the map share a key. */
export function homeKey(home: ImportedNoteHome): string {
  if (home.kind === 'persona-slot') return `persona-slot:${home.slotId}`;
  return home.kind === 'cell' ? `cell:${home.laneId}:${home.stageId}` : home.kind;
}

/** Rows left to right, top to bottom; a row is as tall as its tallest note, so rows never overlap. */
function placeInRows(area: Rect, columns: number, heights: readonly number[]): Point[] {
  const points: Point[] = [];
  let rowTop = area.y;
  for (let start = 0; start < heights.length; start += columns) {
    const row = heights.slice(start, start + columns);
    row.forEach((_, column) => points.push({ x: area.x + column * (STICKY_SIZE + NOTE_GAP), y: rowTop }));
    rowTop += Math.max(...row) + NOTE_GAP;
  }
  return points;
}

/**
 * One row from `left`, squeezed to end by `right` when the notes do not fit at full spacing: overlapping
 * notes keep their order from left to right, which is the order the export reads them in.
 */
function placeInOneRow(left: number, right: number, count: number): number[] {
  const room = right - left - STICKY_SIZE;
  const pitch = count > 1 ? Math.min(STICKY_SIZE + NOTE_GAP, room / (count - 1)) : 0;
  return Array.from({ length: count }, (_, index) => left + index * Math.max(pitch, 0));
}

/**
 * Where each listed note goes (its top-left, page coordinates), given the drawn layout and each note's height
 * once its text is set (a sticky grows with its text). Cells take notes in rows of the template's columns;
 * emotion notes stand at the height of their score, left to right in journey order; persona notes fill the
 * persona section beside its card (on the card, under its description, when slots are beside it); notes of a slot
 * or of the parking lot fill that section; unplaced ones stand in one row under the map.
 */
export function planImportedNotes(
  listed: readonly ListedImportNote[],
  layout: MapLayout,
  heights: readonly number[],
  cellColumns: number,
  occupied: ReadonlyMap<string, number> = new Map(),
): Point[] {
  const positions: Point[] = new Array<Point>(listed.length);
  const groups = new Map<string, number[]>();
  listed.forEach((entry, index) => {
    const key = homeKey(entry.home);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });

  const lanesById = new Map(layout.lanes.map((lane) => [lane.laneId, lane]));
  for (const [key, indices] of groups) {
    const first = listed[indices[0]!]!.home;
    // Notes already in the group count as default-sized notes before the new ones, which take the next slots.
    const taken = occupied.get(key) ?? 0;
    const skipped = first.kind === 'cell' && lanesById.get(first.laneId)?.kind === 'emotions' ? 0 : taken;
    const groupHeights = [...new Array<number>(skipped).fill(STICKY_SIZE), ...indices.map((index) => heights[index] ?? STICKY_SIZE)];
    if (first.kind === 'cell') {
      const lane = lanesById.get(first.laneId)!;
      const cell = lane.cells.find((candidate) => candidate.stageId === first.stageId)!.rect;
      if (lane.kind === 'emotions') {
        // Emotion notes stand at their score's height; the ones there already keep the left of the row.
        const xs = placeInOneRow(cell.x + NOTE_GAP, cell.x + cell.width - NOTE_GAP, taken + indices.length).slice(taken);
        const emotionHeights = groupHeights.slice(skipped);
        indices.forEach((index, order) => {
          // A note without a score stands where its text puts it, so the board, the export and the curve agree.
          const note = listed[index]!.note;
          const centre = computeEmotionScoreY(lane.band, note.score ?? scoreEmotionText(note.text)?.score ?? 0);
          positions[index] = { x: xs[order]!, y: centre - emotionHeights[order]! / 2 };
        });
      } else {
        const area = { x: cell.x + NOTE_GAP, y: cell.y + NOTE_GAP, width: cell.width, height: cell.height };
        placeInRows(area, cellColumns, groupHeights).slice(skipped).forEach((point, order) => (positions[indices[order]!] = point));
      }
    } else if (first.kind === 'persona-slot' || first.kind === 'parking-lot') {
      placeInWorkshopArea(layout, first, groupHeights.length).slice(skipped).forEach((point, order) => (positions[indices[order]!] = point));
    } else if (first.kind === 'persona' && layout.persona.slots) {
      placeOnPersonaCard(layout, groupHeights.length).slice(skipped).forEach((point, order) => (positions[indices[order]!] = point));
    } else if (first.kind === 'persona') {
      const { section, card } = layout.persona;
      const padding = card.rect.x - section.x;
      const area = { x: card.rect.x + card.rect.width + padding, y: section.y + padding, width: 0, height: 0 };
      const columns = Math.max(1, Math.floor((section.x + section.width - padding - area.x + NOTE_GAP) / (STICKY_SIZE + NOTE_GAP)));
      placeInRows(area, columns, groupHeights).slice(skipped).forEach((point, order) => (positions[indices[order]!] = point));
    } else {
      const xs = placeInOneRow(layout.bounds.x, layout.bounds.x + layout.bounds.width, skipped + indices.length).slice(skipped);
      const top = rectBottom(layout.bounds) + NOTE_GAP;
      indices.forEach((index, order) => (positions[index] = { x: xs[order]!, y: top }));
    }
  }
  return positions;
}
