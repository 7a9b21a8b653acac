import type { MapSnapshot, NoteSnapshot } from '../board/board-snapshot';
import type { Point, Rect } from '../shared/geometry';
import { rectCenter, rectContainsPoint, rectIntersectionArea } from '../shared/geometry';
import type { UnplacedReason } from '../journey/journey-schema';
import { orderByKeys, sortTies } from '../shared/order-by-keys';

export interface PlacedNote {
  note: NoteSnapshot;
  /** The note lies across a border; it went to the cell it overlaps most. */
  ambiguous: boolean;
}

export interface UnplacedPlacement {
  note: NoteSnapshot;
  reason: UnplacedReason;
}

export interface NotePlacement {
  /** `cells[stageIndex][laneIndex]`, indices into the map's stages and lanes, each in reading order. */
  cells: PlacedNote[][][];
  /** In reading order. */
  persona: NoteSnapshot[];
  /** In reading order. */
  unplaced: UnplacedPlacement[];
  /** `personaSlots[slotIndex]`, indices into the map's persona slots, each in reading order; [] without slots. */
  personaSlots: NoteSnapshot[][];
  /** Notes in the parking lot, in reading order; [] without one. */
  parkingLot: NoteSnapshot[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * Bands (lanes down, stages across) cut into elementary intervals between their sorted edges, each with the bands
 * covering it. Lanes moved onto each other still work; a lookup is a binary search over the edges.
 */
interface BandIndex {
  edges: number[];
  /** covering[i] holds the bands covering [edges[i], edges[i + 1]). */
  covering: number[][];
  start: number;
  end: number;
}

function createBandIndex(spans: readonly Span[]): BandIndex {
  const edges = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const covering: number[][] = edges.map(() => []);
  spans.forEach((span, band) => {
    if (!(span.end > span.start)) return;
    for (let index = findInterval(edges, span.start); index < edges.length - 1 && edges[index]! < span.end; index++) {
      covering[index]!.push(band);
    }
  });
  return {
    edges,
    covering,
    start: edges.length > 0 ? edges[0]! : Infinity,
    end: edges.length > 0 ? edges[edges.length - 1]! : -Infinity,
  };
}

/** The index of the last edge at or before `value`, or -1 when `value` is before every edge. */
function findInterval(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (edges[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function bandsAt(index: BandIndex, value: number): readonly number[] {
  const interval = findInterval(index.edges, value);
  return interval < 0 || interval >= index.edges.length - 1 ? [] : index.covering[interval]!;
}

function bandsOverlapping(index: BandIndex, start: number, end: number): number[] {
  const found = new Set<number>();
  for (let interval = Math.max(findInterval(index.edges, start), 0); interval < index.edges.length - 1; interval++) {
    if (index.edges[interval]! >= end) break;
    if (index.edges[interval + 1]! <= start) continue;
    for (const band of index.covering[interval]!) found.add(band);
  }
  return [...found];
}

/** The one band covering `value`, or -1 when none or several do: bandsAt, without a list made. */
function findOnlyBandAt(index: BandIndex, value: number): number {
  const interval = findInterval(index.edges, value);
  if (interval < 0 || interval >= index.edges.length - 1) return -1;
  const covering = index.covering[interval]!;
  return covering.length === 1 ? covering[0]! : -1;
}

/** The one band overlapping `start`..`end`, or -1 when none or several do: bandsOverlapping, without a set made. */
function findOnlyBandOverlapping(index: BandIndex, start: number, end: number): number {
  let only = -1;
  for (let interval = Math.max(findInterval(index.edges, start), 0); interval < index.edges.length - 1; interval++) {
    if (index.edges[interval]! >= end) break;
    if (index.edges[interval + 1]! <= start) continue;
    for (const band of index.covering[interval]!) {
      if (only === -1) only = band;
      else if (band !== only) return -1;
    }
  }
  return only;
}

function laneSpan(rect: Rect): Span {
  return { start: rect.y, end: rect.y + rect.height };
}

function stageSpan(rect: Rect): Span {
  return { start: rect.x, end: rect.x + rect.width };
}

interface Cell {
  lane: number;
  stage: number;
  overlap: number;
}

interface Grid {
  map: MapSnapshot;
  lanes: BandIndex;
  stages: BandIndex;
  laneByNodeId: Map<string, number>;
  /** The leftmost lane edge: left of it, a note is beside the grid rather than on the label column. */
  laneLeft: number;
}

function cellRect(grid: Grid, lane: number, stage: number): Rect | null {
  const band = grid.map.lanes[lane]!.bounds;
  const column = grid.map.stages[stage]!.bounds;
  const left = Math.max(band.x, column.x);
  const top = Math.max(band.y, column.y);
  const right = Math.min(band.x + band.width, column.x + column.width);
  const bottom = Math.min(band.y + band.height, column.y + column.height);
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

/** The cells the note overlaps, from the few lanes and stages its bounds reach (binary searches, no scan). */
function findOverlappedCells(grid: Grid, bounds: Rect, lanes?: readonly number[]): Cell[] {
  const laneCandidates = lanes ?? bandsOverlapping(grid.lanes, bounds.y, bounds.y + bounds.height);
  const stageCandidates = bandsOverlapping(grid.stages, bounds.x, bounds.x + bounds.width);
  const cells: Cell[] = [];
  for (const lane of laneCandidates) {
    for (const stage of stageCandidates) {
      const rect = lanes ? stageWithinLane(grid, stage, bounds) : cellRect(grid, lane, stage);
      const overlap = rect ? rectIntersectionArea(rect, bounds) : 0;
      if (overlap > 0) cells.push({ lane, stage, overlap });
    }
  }
  return cells;
}

/**
 * A note in a lane section belongs to the lane wherever the section now is; only the stage is found by geometry,
 * so the stage column is taken at the note's own height.
 */
function stageWithinLane(grid: Grid, stage: number, bounds: Rect): Rect {
  const column = grid.map.stages[stage]!.bounds;
  return { x: column.x, y: bounds.y, width: column.width, height: bounds.height };
}

function findCentreCells(grid: Grid, centre: Point, lanes?: readonly number[]): Cell[] {
  const laneCandidates = lanes ?? bandsAt(grid.lanes, centre.y);
  const cells: Cell[] = [];
  for (const lane of laneCandidates) {
    for (const stage of bandsAt(grid.stages, centre.x)) {
      const column = grid.map.stages[stage]!.bounds;
      const rect = lanes ? null : cellRect(grid, lane, stage);
      if (lanes ? centre.x >= column.x && centre.x < column.x + column.width : rect !== null && rectContainsPoint(rect, centre)) {
        cells.push({ lane, stage, overlap: 0 });
      }
    }
  }
  return cells;
}

function largestOverlap(cells: readonly Cell[]): Cell {
  let best = cells[0]!;
  for (const cell of cells) {
    if (cell.overlap > best.overlap || (cell.overlap === best.overlap && (cell.lane < best.lane || (cell.lane === best.lane && cell.stage < best.stage)))) {
      best = cell;
    }
  }
  return best;
}

/**
 * A note is "across a border" when it overlaps two or more cells and the cells other than the one it overlaps
 * most hold at least this share of its overlap with the grid. A note reaching only a little into the next cell
 * (a sticky whose text grew taller, a careless drag) stays unambiguous.
 */
export const AMBIGUOUS_OVERLAP_SHARE = 0.1;

function isAcrossBorder(overlapped: readonly Cell[], best: Cell): boolean {
  const total = overlapped.reduce((sum, cell) => sum + cell.overlap, 0);
  return total > 0 && (total - best.overlap) / total >= AMBIGUOUS_OVERLAP_SHARE;
}

type Decision =
  | { kind: 'cell'; lane: number; stage: number; ambiguous: boolean }
  | { kind: 'persona' }
  | { kind: 'persona-slot'; slot: number }
  | { kind: 'parking-lot' }
  | { kind: 'unplaced'; reason: UnplacedReason };

/**
 * The decision of findNoteCell (without a lane section) for the commonest note, one whose centre and whole extent
 * meet one lane and one stage and whose centre lies in their cell: that cell, not ambiguous, as findNoteCell
 * decides it then (its one overlapped cell is the centre's, and nothing lies across a border). Null otherwise,
 * for findNoteCell to decide. It makes no list of cells, which tens of thousands of notes would each pay for.
 */
function findOnlyCell(grid: Grid, bounds: Rect, centre: Point): Decision | null {
  const lane = findOnlyBandAt(grid.lanes, centre.y);
  const stage = findOnlyBandAt(grid.stages, centre.x);
  if (lane < 0 || stage < 0) return null;
  if (findOnlyBandOverlapping(grid.lanes, bounds.y, bounds.y + bounds.height) !== lane) return null;
  if (findOnlyBandOverlapping(grid.stages, bounds.x, bounds.x + bounds.width) !== stage) return null;
  const rect = cellRect(grid, lane, stage);
  return rect !== null && rectContainsPoint(rect, centre) ? { kind: 'cell', lane, stage, ambiguous: false } : null;
}

/**
 * The note goes to the cell it overlaps most. It is ambiguous when it is across a border (see
 * AMBIGUOUS_OVERLAP_SHARE), when its centre lies in no cell or in several (lanes moved onto each other), or when
 * its centre lies in another cell than the one it overlaps most. A note overlapping no cell goes by its centre.
 */
function findNoteCell(grid: Grid, note: NoteSnapshot, centre: Point, lanes?: readonly number[]): Decision | null {
  const centreCells = findCentreCells(grid, centre, lanes);
  const overlapped = findOverlappedCells(grid, note.bounds, lanes);
  if (centreCells.length > 0) {
    if (overlapped.length === 0) return { kind: 'cell', lane: centreCells[0]!.lane, stage: centreCells[0]!.stage, ambiguous: centreCells.length > 1 };
    const best = largestOverlap(overlapped);
    const centreAgrees = centreCells.length === 1 && centreCells[0]!.lane === best.lane && centreCells[0]!.stage === best.stage;
    return { kind: 'cell', lane: best.lane, stage: best.stage, ambiguous: !centreAgrees || isAcrossBorder(overlapped, best) };
  }
  const inGridX = centre.x >= grid.stages.start && centre.x < grid.stages.end;
  const inGridY = lanes !== undefined || (centre.y >= grid.lanes.start && centre.y < grid.lanes.end);
  if (inGridX && inGridY && overlapped.length > 0) {
    // The centre is in a gutter between cells, inside the grid.
    const best = largestOverlap(overlapped);
    return { kind: 'cell', lane: best.lane, stage: best.stage, ambiguous: true };
  }
  return null;
}

function findReason(grid: Grid, centre: Point, inLane: boolean): UnplacedReason {
  const inLaneSpan = inLane || (centre.y >= grid.lanes.start && centre.y < grid.lanes.end);
  const beforeStages = centre.x < grid.stages.start;
  const afterStages = centre.x >= grid.stages.end;
  if (!inLaneSpan) {
    if (centre.y < grid.lanes.start && !beforeStages && !afterStages) return 'header-row';
    return 'outside-grid';
  }
  if (beforeStages) {
    return inLane || centre.x >= grid.laneLeft ? 'label-column' : 'outside-grid';
  }
  if (afterStages) return 'outside-stages';
  return inLane || bandsAt(grid.lanes, centre.y).length > 0 ? 'outside-stages' : 'outside-grid';
}

/**
 * The slot whose section holds the note, while its centre is still in that slot (as for lanes, where it lies wins
 * over a section it was dragged out of), else the slot its centre lies in; -1 for none.
 */
function findPersonaSlot(map: MapSnapshot, note: NoteSnapshot, centre: Point): number {
  const slots = map.persona?.slots;
  // Most maps have no slots: no search is made for each of their notes.
  if (slots === undefined || slots.length === 0) return -1;
  const parent = slots.findIndex((slot) => slot.nodeId !== null && slot.nodeId === note.parentId);
  if (parent >= 0 && rectContainsPoint(slots[parent]!.bounds, centre)) return parent;
  return slots.findIndex((slot) => rectContainsPoint(slot.bounds, centre));
}

/**
 * With its centre on the parking lot: a note parked there is in no cell and not unplaced. As for lanes, where the
 * note lies wins over the section it may still be in after a drag out.
 */
function isInParkingLot(map: MapSnapshot, centre: Point): boolean {
  return map.parkingLot !== undefined && rectContainsPoint(map.parkingLot.bounds, centre);
}

function isWithinBand(band: Rect, point: Point): boolean {
  return point.y >= band.y && point.y < band.y + band.height;
}

function placeNote(grid: Grid, note: NoteSnapshot): Decision {
  if (note.boundsMissing) return { kind: 'unplaced', reason: 'no-bounds' };
  const { map } = grid;
  const centre = rectCenter(note.bounds);
  const parentLane = note.parentId === null ? undefined : grid.laneByNodeId.get(note.parentId);
  // Whether FigJam moves a dragged note into the section it is dropped on is not documented: a note whose centre
  // left its lane's band was dragged out of it, so where it lies wins over the section it is still in.
  if (parentLane !== undefined && isWithinBand(map.lanes[parentLane]!.bounds, centre)) {
    return findNoteCell(grid, note, centre, [parentLane]) ?? { kind: 'unplaced', reason: findReason(grid, centre, true) };
  }
  const persona = map.persona;
  const slot = findPersonaSlot(map, note, centre);
  if (slot >= 0) return { kind: 'persona-slot', slot };
  if (persona && ((persona.nodeId !== null && note.parentId === persona.nodeId) || rectContainsPoint(persona.bounds, centre))) {
    return { kind: 'persona' };
  }
  if (isInParkingLot(map, centre)) return { kind: 'parking-lot' };
  const inMapSection = map.nodeId !== null && note.parentId === map.nodeId;
  if (!inMapSection && !rectContainsPoint(map.bounds, centre)) return { kind: 'unplaced', reason: 'near-map' };
  return findOnlyCell(grid, note.bounds, centre) ?? findNoteCell(grid, note, centre) ?? { kind: 'unplaced', reason: findReason(grid, centre, false) };
}

/**
 * Notes in one visual row count as one row: a note starts a new row when its top is more than half the row's
 * first note below that note's top. Rows top to bottom, then left to right within a row.
 */
export function sortInReadingOrder<Item>(items: readonly Item[], boundsOf: (item: Item) => Rect, idOf: (item: Item) => string): Item[] {
  const { xs, ys, heights, ids } = readSortKeys(items, boundsOf, idOf);
  // By top, then left, then id: only notes of one top (a row laid out straight) are compared one by one.
  const byTop = sortTies(orderByKeys(ys), (a, b) => xs[a]! - xs[b]! || compareIds(ids[a]!, ids[b]!));
  const rows: number[][] = [];
  let rowTop = -Infinity;
  let tolerance = -1;
  for (const index of byTop) {
    if (rows.length === 0 || ys[index]! - rowTop > tolerance) {
      rows.push([]);
      rowTop = ys[index]!;
      tolerance = heights[index]! / 2;
    }
    rows[rows.length - 1]!.push(index);
  }
  const sorted: Item[] = [];
  for (const row of rows) {
    // A row whose notes share one top (notes laid out straight) is in this order already, by top then left.
    if (!haveOneKey(row, ys)) row.sort((a, b) => xs[a]! - xs[b]! || ys[a]! - ys[b]! || compareIds(ids[a]!, ids[b]!));
    for (const index of row) sorted.push(items[index]!);
  }
  return sorted;
}

function haveOneKey(indices: readonly number[], keys: Float64Array): boolean {
  for (const index of indices) if (keys[index] !== keys[indices[0]!]) return false;
  return true;
}

/**
 * Emotion notes stand at their score's height, so rows say nothing: they read left to right, the order the
 * import lays them out in and the curve runs through them.
 */
export function sortLeftToRight<Item>(items: readonly Item[], boundsOf: (item: Item) => Rect, idOf: (item: Item) => string): Item[] {
  const { xs, ys, ids } = readSortKeys(items, boundsOf, idOf);
  // By left, then top, then id: only notes of one left edge are compared one by one.
  const sorted: Item[] = [];
  for (const index of sortTies(orderByKeys(xs), (a, b) => ys[a]! - ys[b]! || compareIds(ids[a]!, ids[b]!))) sorted.push(items[index]!);
  return sorted;
}

/** What the sorts compare, read once per item rather than twice per comparison. */
interface SortKeys {
  xs: Float64Array;
  ys: Float64Array;
  heights: Float64Array;
  ids: string[];
}

function readSortKeys<Item>(items: readonly Item[], boundsOf: (item: Item) => Rect, idOf: (item: Item) => string): SortKeys {
  const xs = new Float64Array(items.length);
  const ys = new Float64Array(items.length);
  const heights = new Float64Array(items.length);
  const ids: string[] = [];
  for (let index = 0; index < items.length; index++) {
    const bounds = boundsOf(items[index]!);
    xs[index] = bounds.x;
    ys[index] = bounds.y;
    heights[index] = bounds.height;
    ids.push(idOf(items[index]!));
  }
  return { xs, ys, heights, ids };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each note of the map to one cell, the persona, or unplaced with a reason. Lane and stage come from where the
 * note is now, against the lanes and stages as they are now; a note's lane section decides its lane only while
 * the note's centre is within that section's band. Cost per note: binary searches over the band edges.
 */
export function placeNotes(map: MapSnapshot): NotePlacement {
  const grid: Grid = {
    map,
    lanes: createBandIndex(map.lanes.map((lane) => laneSpan(lane.bounds))),
    stages: createBandIndex(map.stages.map((stage) => stageSpan(stage.bounds))),
    laneByNodeId: new Map(),
    laneLeft: map.lanes.reduce((left, lane) => Math.min(left, lane.bounds.x), Infinity),
  };
  map.lanes.forEach((lane, index) => {
    if (lane.nodeId !== null && !grid.laneByNodeId.has(lane.nodeId)) grid.laneByNodeId.set(lane.nodeId, index);
  });

  const cells: PlacedNote[][][] = map.stages.map(() => map.lanes.map(() => []));
  const persona: NoteSnapshot[] = [];
  const unplaced: UnplacedPlacement[] = [];
  const personaSlots: NoteSnapshot[][] = (map.persona?.slots ?? []).map(() => []);
  const parkingLot: NoteSnapshot[] = [];
  for (const note of map.notes) {
    const decision = placeNote(grid, note);
    if (decision.kind === 'cell') cells[decision.stage]![decision.lane]!.push({ note, ambiguous: decision.ambiguous });
    else if (decision.kind === 'persona') persona.push(note);
    else if (decision.kind === 'persona-slot') personaSlots[decision.slot]!.push(note);
    else if (decision.kind === 'parking-lot') parkingLot.push(note);
    else unplaced.push({ note, reason: decision.reason });
  }
  return {
    cells: cells.map((stage) =>
      stage.map((cell, lane) =>
        map.lanes[lane]!.kind === 'emotions'
          ? sortLeftToRight(cell, (placed) => placed.note.bounds, (placed) => placed.note.id)
          : sortInReadingOrder(cell, (placed) => placed.note.bounds, (placed) => placed.note.id),
      ),
    ),
    persona: sortInReadingOrder(persona, (note) => note.bounds, (note) => note.id),
    unplaced: sortInReadingOrder(unplaced, (item) => item.note.bounds, (item) => item.note.id),
    personaSlots: personaSlots.map((notes) => sortInReadingOrder(notes, (note) => note.bounds, (note) => note.id)),
    parkingLot: sortInReadingOrder(parkingLot, (note) => note.bounds, (note) => note.id),
  };
}
