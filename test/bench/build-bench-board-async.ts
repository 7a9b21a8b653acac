import type { Rect } from '../../src/core/shared/geometry';
import { NEAR_MAP_MARGIN } from '../../src/core/board/assemble-map-snapshots';
import type { FigJamSection } from '../../src/plugin/platform/figjam-api';
import type { FakeSticky } from '../fake-figjam/fake-sticky';
import { boundsOf, cellRect, laneSection, nodesWithRole } from '../plugin/board-builders';
import { startPluginSession } from '../plugin/plugin-session';
import type { PluginSession } from '../plugin/plugin-session';
import { createBenchSpec } from './create-bench-spec';
import { createRandom } from './create-random';

/** How many of each kind of node the board holds. */
export interface BenchBoardComposition {
  /** Notes inside a cell of a lane section. */
  inCells: number;
  /** Notes in a lane section lying across a stage border. */
  acrossBorders: number;
  inPersona: number;
  /** Notes directly in the map section (title strip), not in a lane. */
  looseInMap: number;
  /** Notes on the page just outside the map, within the near-map margin. */
  nearMap: number;
  /** Notes on the page far from the map (another topic). */
  farOnPage: number;
  /** Notes in a section of their own far from the map (a parking lot). */
  inOtherSection: number;
  stampsOnNotes: number;
  /** Stamps stuck to nothing, lying far from the map. */
  looseStamps: number;
  shapes: number;
  connectors: number;
}

/** Where a note was put, one of the kinds counted in BenchBoardComposition. */
export type NotePlace = 'cell' | 'across-border' | 'persona' | 'loose-in-map' | 'near-map' | 'far-on-page' | 'other-section';

export interface BenchBoard {
  session: PluginSession;
  /** The map drawn by create-map, for requests that name it. */
  mapId: string;
  composition: BenchBoardComposition;
  /** Every sticky on the page. */
  noteIds: string[];
  placeByNoteId: Map<string, NotePlace>;
  /** Stamps stuck to each note, for notes that have any. */
  stampsByNoteId: Map<string, number>;
  /** The notes the export must return: the map's and those near it. */
  mapNoteIds: string[];
  /** Nodes on the page other than stickies, the template's included. */
  otherNodeCount: number;
}

export interface BenchBoardOptions {
  notes: number;
  lanes?: number;
  stages?: number;
  seed?: number;
}

const FONT: FontName = { family: 'Inter', style: 'Medium' };

/** FigJam palette colours (RGB 0..1) the participants pick from. */
const NOTE_COLORS: readonly RGB[] = [
  { r: 1, g: 0.886, b: 0.6 },
  { r: 0.698, g: 0.902, b: 0.776 },
  { r: 0.675, g: 0.835, b: 1 },
  { r: 1, g: 0.729, b: 0.812 },
  { r: 0.851, g: 0.784, b: 1 },
];

const WORDS = ['price', 'checkout', 'delivery', 'support', 'account', 'app', 'email', 'refund', 'search', 'review', 'trust', 'speed'];

/** Shares of the notes; the rest go in cells. */
const SHARES = { acrossBorders: 0.02, inPersona: 0.01, looseInMap: 0.02, nearMap: 0.02, farOnPage: 0.02, inOtherSection: 0.02 };

function share(total: number, fraction: number): number {
  return Math.max(1, Math.round(total * fraction));
}

/**
 * A workshop board as big as asked: the map drawn by the plugin (through create-map), notes in its cells, across
 * borders, on the persona, loose in it and near it, notes elsewhere on the page and in a section of their own,
 * votes as stamps, shapes and connectors. Notes are written the way a participant writes them (the sticky dropped
 * into its lane section), with the font loaded once for the whole board so that a 50,000-note board builds in
 * seconds. Deterministic for a seed.
 */
export async function buildBenchBoardAsync(options: BenchBoardOptions): Promise<BenchBoard> {
  const { notes: total, lanes = 8, stages = 10, seed = 1 } = options;
  const random = createRandom(seed);
  const spec = createBenchSpec(lanes, stages);
  const session = startPluginSession();
  const answer = await session.requestAsync({ type: 'create-map', requestId: 'bench-create', spec });
  if (answer.type !== 'map-created') throw new Error(`Expected map-created, got ${JSON.stringify(answer)}`);
  const { figma, handles } = session.fake;
  await figma.loadFontAsync(FONT);

  const mapSection = nodesWithRole(figma, 'map')[0];
  const personaSection = nodesWithRole(figma, 'persona')[0];
  if (mapSection?.type !== 'SECTION' || personaSection?.type !== 'SECTION') throw new Error('The map or persona is not a section');
  const mapBounds = boundsOf(mapSection);
  const laneSections = spec.lanes.map((lane) => laneSection(figma, lane.id));
  const cells = spec.lanes.map((lane) => spec.stages.map((stage) => cellRect(figma, lane.id, stage.id)));

  const noteIds: string[] = [];
  const mapNoteIds: string[] = [];
  const placeByNoteId = new Map<string, NotePlace>();
  const stampsByNoteId = new Map<string, number>();
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
  const createNote = (x: number, y: number, parent: FigJamSection | null, place: NotePlace): FakeSticky => {
    const sticky: FakeSticky = figma.createSticky();
    sticky.text.characters = `${noteIds.length + 1} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    sticky.fills = [{ type: 'SOLID', color: pick(NOTE_COLORS) }];
    if (parent) {
      const origin = parent.absoluteTransform;
      parent.appendChild(sticky);
      sticky.x = x - origin[0][2];
      sticky.y = y - origin[1][2];
    } else {
      sticky.x = x;
      sticky.y = y;
    }
    noteIds.push(sticky.id);
    placeByNoteId.set(sticky.id, place);
    if (place !== 'far-on-page' && place !== 'other-section') mapNoteIds.push(sticky.id);
    return sticky;
  };
  const within = (rect: Rect, size: number) => ({
    x: rect.x + random() * Math.max(0, rect.width - size),
    y: rect.y + random() * Math.max(0, rect.height - size),
  });

  const composition: BenchBoardComposition = {
    inCells: 0,
    acrossBorders: share(total, SHARES.acrossBorders),
    inPersona: share(total, SHARES.inPersona),
    looseInMap: share(total, SHARES.looseInMap),
    nearMap: share(total, SHARES.nearMap),
    farOnPage: share(total, SHARES.farOnPage),
    inOtherSection: share(total, SHARES.inOtherSection),
    stampsOnNotes: 0,
    looseStamps: Math.max(1, Math.round(total / 200)),
    shapes: Math.max(2, Math.round(total / 20)),
    connectors: 0,
  };
  composition.inCells =
    total -
    composition.acrossBorders -
    composition.inPersona -
    composition.looseInMap -
    composition.nearMap -
    composition.farOnPage -
    composition.inOtherSection;
  if (composition.inCells < lanes * stages) throw new Error(`A bench board needs at least ${lanes * stages * 2} notes`);

  const stamped: FakeSticky[] = [];
  for (let index = 0; index < composition.inCells; index++) {
    const lane = index % lanes;
    const stage = Math.floor(index / lanes) % stages;
    const { x, y } = within(cells[lane]![stage]!, 240);
    stamped.push(createNote(x, y, laneSections[lane]!, 'cell'));
  }
  for (let index = 0; index < composition.acrossBorders; index++) {
    const lane = index % lanes;
    const cell = cells[lane]![index % (stages - 1)]!;
    stamped.push(createNote(cell.x + cell.width - 120, cell.y + random() * (cell.height - 240), laneSections[lane]!, 'across-border'));
  }
  const personaBounds = boundsOf(personaSection);
  for (let index = 0; index < composition.inPersona; index++) {
    const { x, y } = within(personaBounds, 240);
    createNote(x, y, personaSection, 'persona');
  }
  for (let index = 0; index < composition.looseInMap; index++) {
    createNote(mapBounds.x + random() * (mapBounds.width - 240), mapBounds.y + 8, mapSection, 'loose-in-map');
  }
  for (let index = 0; index < composition.nearMap; index++) {
    createNote(mapBounds.x + mapBounds.width + random() * (NEAR_MAP_MARGIN - 40), mapBounds.y + random() * (mapBounds.height - 240), null, 'near-map');
  }

  const farLeft = mapBounds.x + mapBounds.width + 4000;
  const farArea: Rect = { x: farLeft, y: mapBounds.y, width: 20_000, height: 20_000 };
  for (let index = 0; index < composition.farOnPage; index++) {
    const { x, y } = within(farArea, 240);
    createNote(x, y, null, 'far-on-page');
  }
  const parkingLot = figma.createSection();
  parkingLot.name = 'Parking lot';
  parkingLot.x = farLeft;
  parkingLot.y = mapBounds.y - 30_000;
  parkingLot.resizeWithoutConstraints(20_000, 20_000);
  const parkingBounds = boundsOf(parkingLot);
  for (let index = 0; index < composition.inOtherSection; index++) {
    const { x, y } = within(parkingBounds, 240);
    createNote(x, y, parkingLot, 'other-section');
  }

  // Dot voting: one vote on every eighth note of the cells, two more on every fortieth.
  stamped.forEach((sticky, index) => {
    const votes = index % 40 === 0 ? 3 : index % 8 === 0 ? 1 : 0;
    for (let vote = 0; vote < votes; vote++) handles.board.addStamp({ name: '+1', stuckTo: sticky });
    composition.stampsOnNotes += votes;
    if (votes > 0) stampsByNoteId.set(sticky.id, votes);
  });
  for (let index = 0; index < composition.looseStamps; index++) {
    handles.board.addStamp({ name: 'Profile', position: within(farArea, 40) });
  }

  const shapes = Array.from({ length: composition.shapes }, () => {
    const shape = figma.createShapeWithText();
    const { x, y } = within({ x: farLeft, y: mapBounds.y + 30_000, width: 20_000, height: 20_000 }, 208);
    shape.x = x;
    shape.y = y;
    return shape;
  });
  for (let index = 1; index < shapes.length; index++) {
    const connector = figma.createConnector();
    connector.connectorStart = { endpointNodeId: shapes[index - 1]!.id, magnet: 'AUTO' };
    connector.connectorEnd = { endpointNodeId: shapes[index]!.id, magnet: 'AUTO' };
    composition.connectors += 1;
  }

  const everyNode = figma.currentPage.findAll(() => true).length;
  handles.counts.reset();
  return { session, mapId: answer.mapId, composition, noteIds, placeByNoteId, stampsByNoteId, mapNoteIds, otherNodeCount: everyNode - noteIds.length };
}
