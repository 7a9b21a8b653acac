import type { LaneSnapshot, MapSnapshot, NoteSnapshot, StageSnapshot } from '../board/board-snapshot';
import { computeBesideMapPositions, isBesideMap } from './compute-beside-map-positions';
import { LANE_PADDING, computeMapLayout } from '../template/compute-map-layout';
import type { Point, Rect } from '../shared/geometry';
import { rectCenter, rectContainsRect, rectTranslate, rectsOverlap } from '../shared/geometry';
import type { MapLayout } from '../template/map-layout';
import { computeEmotionScoreY, computeScoreFromY } from '../template/emotion-position';
import { fitNotesInCell } from './fit-notes-in-cell';
import type { CellNote } from './fit-notes-in-cell';
import { placeNotes } from '../placement/place-notes';
import type { NoteOrigin } from '../journey/journey-schema';
import { scoreEmotionText } from '../journey/score-emotion';
import type { TemplateSpec } from '../template/template-spec';

export interface NoteMove {
  noteId: string;
  /** The note's top-left on the page now, and where it goes. */
  from: Point;
  to: Point;
  /** The note leaves the map for the page beside it. */
  toPage: boolean;
  /** For a note leaving the map: the cell (or lane) it leaves, recorded on it so the export can say. */
  keptFrom?: NoteOrigin;
}

/** What redrawing a map at a spec does to its notes; the adapter places the `moves`, in page coordinates. */
export interface MapRearrangement {
  spec: TemplateSpec;
  layout: MapLayout;
  /** Lanes and stages on the board that the spec no longer has. */
  removedLanes: LaneSnapshot[];
  removedStages: StageSnapshot[];
  /** Notes the adapter places; every other note stays where its container puts it. */
  moves: NoteMove[];
  /** Notes whose page position changes, with their section or by a move; notes kept beside are not counted. */
  notesMoved: number;
  /** Notes of removed lanes and stages, kept on the page beside the map. */
  notesKeptBeside: number;
  /** Notes put in a free place of their cell, as their snapped place would have covered another note (or lay on one, when spreading). */
  notesLaidOut: number;
}

/** The cell of a lane and a stage as they are on the board now: the band's inner height, the header's width. */
function currentCellRect(lane: LaneSnapshot, stage: StageSnapshot): Rect {
  return {
    x: stage.bounds.x,
    y: lane.bounds.y + LANE_PADDING,
    width: stage.bounds.width,
    height: Math.max(lane.bounds.height - 2 * LANE_PADDING, 0),
  };
}

function clampInto(position: Point, size: Rect, cell: Rect): Point {
  const clampAxis = (value: number, length: number, start: number, span: number) =>
    length >= span ? start : Math.min(Math.max(value, start), start + span - length);
  return {
    x: clampAxis(position.x, size.width, cell.x, cell.width),
    y: clampAxis(position.y, size.height, cell.y, cell.height),
  };
}

/**
 * Where a note of a cell goes: where its section takes it when that is wholly inside its new cell; otherwise at
 * the same offset from the new cell's corner as from the old one's, pulled inside the new cell where it fits.
 */
export function computeCellNoteTarget(bounds: Rect, natural: Point, oldCell: Rect, newCell: Rect): Point {
  if (rectContainsRect(newCell, { ...bounds, x: natural.x, y: natural.y })) return natural;
  const offset = { x: newCell.x + (bounds.x - oldCell.x), y: newCell.y + (bounds.y - oldCell.y) };
  return clampInto(offset, bounds, newCell);
}

/**
 * An emotion note scored by its height keeps its score: its centre stays at the same share of the new band's
 * scoring range as of the old one's (see emotion-position.ts). It is pulled into its cell only where it would
 * leave it, and only then may its score change.
 */
function keepEmotionHeight(bounds: Rect, target: Point, oldBand: Rect, newBand: Rect, newCell: Rect): Point {
  const score = computeScoreFromY(oldBand, rectCenter(bounds).y);
  const y = computeEmotionScoreY(newBand, score) - bounds.height / 2;
  return clampInto({ x: target.x, y }, bounds, newCell);
}

function samePoint(a: Point, b: Point): boolean {
  return a.x === b.x && a.y === b.y;
}

function computePersonaDelta(map: MapSnapshot, layout: MapLayout): Point {
  return map.persona
    ? { x: layout.persona.section.x - map.persona.bounds.x, y: layout.persona.section.y - map.persona.bounds.y }
    : { x: 0, y: 0 };
}

/**
 * Where a note ends up when nothing moves it but its section: lane and persona sections go where the layout puts
 * them and carry their notes along; a note elsewhere keeps its page position.
 */
export function createNaturalPosition(map: MapSnapshot, layout: MapLayout): (note: NoteSnapshot) => Point {
  const newBands = new Map(layout.lanes.map((lane) => [lane.laneId, lane.band]));
  const sectionDeltas = new Map<string, Point>();
  for (const lane of map.lanes) {
    const band = newBands.get(lane.id);
    if (lane.nodeId !== null && band) sectionDeltas.set(lane.nodeId, { x: band.x - lane.bounds.x, y: band.y - lane.bounds.y });
  }
  if (map.persona?.nodeId) sectionDeltas.set(map.persona.nodeId, computePersonaDelta(map, layout));
  // Slots and the parking lot go where the layout puts them, carrying their notes along.
  for (const slot of map.persona?.slots ?? []) {
    const planned = layout.persona.slots?.find((candidate) => candidate.slotId === slot.id)?.rect;
    if (slot.nodeId !== null && planned) sectionDeltas.set(slot.nodeId, { x: planned.x - slot.bounds.x, y: planned.y - slot.bounds.y });
  }
  const lot = map.parkingLot;
  if (lot?.nodeId && layout.parkingLot) {
    sectionDeltas.set(lot.nodeId, { x: layout.parkingLot.section.x - lot.bounds.x, y: layout.parkingLot.section.y - lot.bounds.y });
  }
  return (note) => {
    const delta = note.parentId === null ? undefined : sectionDeltas.get(note.parentId);
    return delta ? { x: note.bounds.x + delta.x, y: note.bounds.y + delta.y } : { x: note.bounds.x, y: note.bounds.y };
  };
}

export interface RearrangementPlanOptions {
  /**
   * Spread notes stacked on each other in a cell (see fitNotesInCell), as Tidy asks. Not in an emotions lane: there
   * a note's height is its score, and two notes at one height in one stage are two people feeling the same.
   */
  spreadStacked?: boolean;
}

/**
 * Plans how a drawn map becomes the layout of `spec` at `origin`: stages and lanes matched by id, each note
 * following its cell (the cell placeNotes gives it on the board now), persona notes following the persona,
 * notes elsewhere in the map keeping their page position, and the notes of removed stages and lanes set beside
 * the map, close enough that the export still reports them.
 */
export function planMapRearrangement(map: MapSnapshot, spec: TemplateSpec, origin: Point, options: RearrangementPlanOptions = {}): MapRearrangement {
  const layout = computeMapLayout(spec, origin);
  const newBands = new Map(layout.lanes.map((lane) => [lane.laneId, lane]));
  const newStageIds = new Set(spec.stages.map((stage) => stage.id));
  const removedLanes = map.lanes.filter((lane) => !newBands.has(lane.id));
  const removedStages = map.stages.filter((stage) => !newStageIds.has(stage.id));
  const removedSectionIds = new Set(removedLanes.flatMap((lane) => (lane.nodeId === null ? [] : [lane.nodeId])));

  const personaDelta = computePersonaDelta(map, layout);
  const naturalPosition = createNaturalPosition(map, layout);
  const finals = new Map<string, Point>();
  const beside: NoteSnapshot[] = [];
  const origins = new Map<string, NoteOrigin>();
  const lanesBySection = new Map(map.lanes.flatMap((lane) => (lane.nodeId === null ? [] : [[lane.nodeId, lane] as const])));
  /** Notes already beside the map that its new size would swallow or leave too far away. */
  const besideAgain: NoteSnapshot[] = [];

  const placement = placeNotes(map);
  let notesLaidOut = 0;
  const fits: Array<{ notes: CellNote[]; cell: Rect; spreadStacked: boolean }> = [];
  placement.cells.forEach((stageCells, stageIndex) => {
    const stage = map.stages[stageIndex]!;
    stageCells.forEach((cell, laneIndex) => {
      const lane = map.lanes[laneIndex]!;
      const newLane = newBands.get(lane.id);
      const newCell = newStageIds.has(stage.id) ? newLane?.cells.find((candidate) => candidate.stageId === stage.id) : undefined;
      if (!newCell || !newLane) {
        for (const { note } of cell) {
          beside.push(note);
          origins.set(note.id, { stageId: stage.id, stageName: stage.name, laneId: lane.id, laneName: lane.name });
        }
        return;
      }
      const oldCell = currentCellRect(lane, stage);
      const cellNotes: CellNote[] = cell.map(({ note }) => {
        const natural = naturalPosition(note);
        let target = computeCellNoteTarget(note.bounds, natural, oldCell, newCell.rect);
        if (lane.kind === 'emotions' && target !== natural && scoreEmotionText(note.text) === null) {
          target = keepEmotionHeight(note.bounds, target, lane.bounds, newLane.band, newCell.rect);
        }
        return { id: note.id, bounds: note.bounds, natural, target };
      });
      fits.push({ notes: cellNotes, cell: newCell.rect, spreadStacked: options.spreadStacked === true && lane.kind !== 'emotions' });
    });
  });
  // A note sticking out of its cell stays where it is when its cell has no room for it: a cell whose stacks are
  // spread keeps clear of such notes of other cells reaching into it, so that spreading never covers one. Notes in
  // no cell (one mostly over the label column, one across a border) keep their place on the page: clear of them too.
  const reaching = options.spreadStacked
    ? [
        ...fits.flatMap((fit) => fit.notes.filter((note) => !samePoint(note.target, note.natural)).map((note) => ({ id: note.id, rect: { ...note.bounds, ...note.natural } }))),
        ...placement.unplaced.map(({ note }) => ({ id: note.id, rect: note.bounds })),
      ]
    : [];
  for (const fit of fits) {
    const own = new Set(fit.notes.map((note) => note.id));
    const keepClear = fit.spreadStacked ? reaching.filter((other) => !own.has(other.id) && rectsOverlap(other.rect, fit.cell)).map((other) => other.rect) : [];
    const fitted = fitNotesInCell(fit.notes, fit.cell, { spreadStacked: fit.spreadStacked, keepClear });
    notesLaidOut += fitted.laidOut;
    for (const [id, position] of fitted.positions) finals.set(id, position);
  }
  for (const note of placement.persona) {
    const inPersonaSection = map.persona?.nodeId != null && note.parentId === map.persona.nodeId;
    finals.set(note.id, inPersonaSection ? naturalPosition(note) : rectTranslate(note.bounds, personaDelta.x, personaDelta.y));
  }
  for (const { note, reason } of placement.unplaced) {
    if (note.parentId !== null && removedSectionIds.has(note.parentId)) {
      beside.push(note);
      const lane = lanesBySection.get(note.parentId)!;
      origins.set(note.id, { laneId: lane.id, laneName: lane.name });
    } else if (reason === 'near-map' && note.parentId === null && !isBesideMap(note.bounds, layout.bounds)) besideAgain.push(note);
    else finals.set(note.id, { x: note.bounds.x, y: note.bounds.y });
  }
  const besidePositions = computeBesideMapPositions(layout.bounds, [...besideAgain, ...beside].map((note) => note.bounds));
  besideAgain.forEach((note, index) => finals.set(note.id, besidePositions[index]!));

  const moves: NoteMove[] = [];
  let notesMoved = 0;
  for (const note of map.notes) {
    const final = finals.get(note.id);
    if (!final) continue;
    const from = { x: note.bounds.x, y: note.bounds.y };
    if (!samePoint(final, from)) notesMoved += 1;
    if (!samePoint(final, naturalPosition(note))) moves.push({ noteId: note.id, from, to: { x: final.x, y: final.y }, toPage: false });
  }
  beside.forEach((note, index) => {
    const to = besidePositions[besideAgain.length + index]!;
    const move: NoteMove = { noteId: note.id, from: { x: note.bounds.x, y: note.bounds.y }, to, toPage: true };
    const keptFrom = origins.get(note.id);
    if (keptFrom) move.keptFrom = keptFrom;
    moves.push(move);
  });
  return { spec, layout, removedLanes, removedStages, moves, notesMoved, notesKeptBeside: beside.length, notesLaidOut };
}
