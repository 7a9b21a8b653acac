import type { LaneSnapshot, MapSnapshot, NoteSnapshot, PersonaSnapshot, StageSnapshot } from './board-snapshot';
import { readStageNameFromHeader } from '../template/compute-stage-header-shapes';
import { computeMapLayout } from '../template/compute-map-layout';
import { findNearestMap } from './find-nearest-map';
import type { Rect } from '../shared/geometry';
import { byTopThenLeft, rectCenter, rectContainsPoint } from '../shared/geometry';
import type { MapLayout } from '../template/map-layout';
import type { TaggedNode } from './tagged-node';
import { splitTextLines } from '../shared/split-text-lines';
import { TemplateSpecSchema } from '../template/template-spec';
import type { TemplateSpec } from '../template/template-spec';
import { USER_MESSAGES } from '../shared/user-messages';
import { CHECKED_DRAWING_ROLES } from './map-tags';
import { createUniqueId } from '../shared/create-unique-id';
import { PERSONA_PART_ROLES } from './map-tags';
import { readParkingLot, readSlottedPersona } from './read-slotted-parts';

/**
 * A note this close outside a map (gap between the note's and the map's bounds, on both axes) was probably meant
 * for it: it is exported as unplaced 'near-map'. About one default sticky: dragged just out of the frame.
 */
export const NEAR_MAP_MARGIN = 240;

export interface AssembledMaps {
  maps: MapSnapshot[];
  /** One sentence per map that could not be read; those maps are left out of `maps`. */
  problems: string[];
}

function byLeftThenTop(a: { bounds: Rect }, b: { bounds: Rect }): number {
  return a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y;
}

function area(rect: Rect): number {
  return rect.width * rect.height;
}

/**
 * A duplicated map section or lane keeps its tags, so two nodes can carry one id. The structure says which is
 * which (parents, positions), so the copies are kept apart with a suffix rather than merged or dropped.
 */
function takeUniqueId(id: string, taken: Set<string>): string {
  const unique = createUniqueId(id, taken);
  taken.add(unique);
  return unique;
}

/** Which map section each tagged node belongs to: its parent when that is a map, else the one map with its id. */
function groupByMapNode(tagged: readonly TaggedNode[]): { groups: Map<string, TaggedNode[]>; orphans: Map<string, number> } {
  const mapNodes = tagged.filter((node) => node.role === 'map');
  const groups = new Map<string, TaggedNode[]>(mapNodes.map((node) => [node.id, []]));
  const ownerOf = new Map<string, string>();
  const orphans = new Map<string, number>();
  const findOwner = (node: TaggedNode): string | null => {
    if (node.parentId !== null) {
      if (groups.has(node.parentId)) return node.parentId;
      const parentOwner = ownerOf.get(node.parentId);
      if (parentOwner !== undefined) return parentOwner;
    }
    const candidates = mapNodes.filter((map) => map.mapId === node.mapId);
    if (candidates.length === 1) return candidates[0]!.id;
    const centre = rectCenter(node.bounds);
    const containing = candidates.filter((map) => rectContainsPoint(map.bounds, centre));
    return containing.length === 1 ? containing[0]!.id : null;
  };
  // Persona cards sit in the persona section, so sections are placed first and cards follow their parent.
  const inPersona = (node: TaggedNode) => node.role === 'persona-card' || PERSONA_PART_ROLES.has(node.role);
  const ordered = [...tagged.filter((node) => !inPersona(node)), ...tagged.filter(inPersona)];
  for (const node of ordered) {
    if (node.role === 'map') continue;
    const owner = findOwner(node);
    if (owner === null) {
      orphans.set(node.mapId, (orphans.get(node.mapId) ?? 0) + 1);
      continue;
    }
    ownerOf.set(node.id, owner);
    groups.get(owner)!.push(node);
  }
  return { groups, orphans };
}

function readSpec(mapNode: TaggedNode, name: string): { spec: TemplateSpec } | { problem: string } {
  if (mapNode.spec === null || mapNode.spec.trim() === '') return { problem: USER_MESSAGES.mapSettingsMissing(name) };
  let json: unknown;
  try {
    json = JSON.parse(mapNode.spec);
  } catch {
    return { problem: USER_MESSAGES.mapSettingsDamaged(name) };
  }
  const parsed = TemplateSpecSchema.safeParse(json);
  return parsed.success ? { spec: parsed.data } : { problem: USER_MESSAGES.mapSettingsDamaged(name) };
}

function boardText(node: TaggedNode, fallback: string): string {
  const text = node.text.trim();
  return text === '' ? fallback : text;
}

/**
 * Where the map's own spec draws each part at the map's top-left: the place of a part people deleted, so the
 * journey keeps its lane or stage (empty) and Tidy map can draw it again. Computed only when a part is missing.
 */
type StoredLayout = () => MapLayout;

function readLanes(spec: TemplateSpec, parts: readonly TaggedNode[], storedLayout: StoredLayout, warnings: string[]): LaneSnapshot[] {
  const taken = new Set(spec.lanes.map((lane) => lane.id));
  const lanes: LaneSnapshot[] = [];
  for (const lane of spec.lanes) {
    const sections = parts.filter((node) => node.role === 'lane' && node.laneId === lane.id).sort(byTopThenLeft);
    if (sections.length === 0) {
      const band = storedLayout().lanes.find((candidate) => candidate.laneId === lane.id)!.band;
      lanes.push({ id: lane.id, name: lane.name, kind: lane.kind, nodeId: null, bounds: band });
      warnings.push(USER_MESSAGES.laneMissingFromBoard(lane.name));
      continue;
    }
    sections.forEach((section, index) => {
      lanes.push({
        id: index === 0 ? lane.id : takeUniqueId(lane.id, taken),
        name: boardText(section, lane.name),
        kind: lane.kind,
        nodeId: section.id,
        bounds: section.bounds,
      });
    });
  }
  return lanes.sort(byTopThenLeft);
}

/** The spec's description of a stage, for the export; nothing when it has none. */
function describeStage(stage: TemplateSpec['stages'][number]): Pick<StageSnapshot, 'description'> {
  const description = stage.description?.trim() ?? '';
  return description === '' ? {} : { description };
}

function readStages(spec: TemplateSpec, parts: readonly TaggedNode[], mapBounds: Rect, storedLayout: StoredLayout, warnings: string[]): StageSnapshot[] {
  const taken = new Set(spec.stages.map((stage) => stage.id));
  const stages: StageSnapshot[] = [];
  for (const stage of spec.stages) {
    const headers = parts.filter((node) => node.role === 'stage' && node.stageId === stage.id).sort(byLeftThenTop);
    if (headers.length === 0) {
      const header = storedLayout().stageHeaders.find((candidate) => candidate.stageId === stage.id)!.rect;
      stages.push({
        id: stage.id,
        name: stage.name,
        nodeId: null,
        bounds: { x: header.x, y: mapBounds.y, width: header.width, height: mapBounds.height },
        ...describeStage(stage),
      });
      warnings.push(USER_MESSAGES.stageMissingFromBoard(stage.name));
      continue;
    }
    headers.forEach((header, index) => {
      stages.push({
        id: index === 0 ? stage.id : takeUniqueId(stage.id, taken),
        name: readStageNameFromHeader(boardText(header, stage.name)),
        nodeId: header.id,
        bounds: { x: header.bounds.x, y: mapBounds.y, width: header.bounds.width, height: mapBounds.height },
        ...describeStage(stage),
      });
    });
  }
  return stages.sort(byLeftThenTop);
}

/**
 * The card reads "name", a line break, then the description, as drawn; the spec fills what the board lacks, the
 * whole persona when both its section and its card are gone.
 */
function readPersona(spec: TemplateSpec, parts: readonly TaggedNode[], storedLayout: StoredLayout, warnings: string[]): PersonaSnapshot {
  const section = parts.find((node) => node.role === 'persona');
  const card = parts.find((node) => node.role === 'persona-card');
  if (!section || !card) warnings.push(USER_MESSAGES.personaMissingFromBoard);
  if (!section && !card) {
    return { name: spec.persona.name, description: spec.persona.description, nodeId: null, bounds: storedLayout().persona.section };
  }
  let name = spec.persona.name;
  let description = spec.persona.description;
  if (card) {
    const [firstLine = '', ...rest] = splitTextLines(card.text);
    name = firstLine.trim() === '' ? name : firstLine.trim();
    description = rest.join('\n').trim();
  }
  return {
    name,
    description,
    nodeId: section ? section.id : null,
    bounds: section ? section.bounds : card!.bounds,
  };
}

/**
 * A warning for each cell and lane instruction the spec draws that is not on the board, for lanes that are there
 * (a missing lane already says so). Only when the reader looked for them (`checkDrawing`).
 */
function checkDrawing(parts: readonly TaggedNode[], lanes: readonly LaneSnapshot[], stages: readonly StageSnapshot[], storedLayout: StoredLayout, warnings: string[]): void {
  const drawn = new Set(parts.filter((node) => CHECKED_DRAWING_ROLES.has(node.role)).map((node) => `${node.role}\u0000${node.laneId}\u0000${node.stageId ?? ''}`));
  const nameOf = (list: readonly { id: string; name: string }[], id: string, fallback: string) => list.find((entry) => entry.id === id)?.name ?? fallback;
  for (const lane of storedLayout().lanes) {
    const onBoard = lanes.find((entry) => entry.id === lane.laneId);
    if (!onBoard || onBoard.nodeId === null) continue;
    for (const cell of lane.cells) {
      if (drawn.has(`cell\u0000${lane.laneId}\u0000${cell.stageId}`)) continue;
      warnings.push(USER_MESSAGES.cellMissingFromBoard(onBoard.name, nameOf(stages, cell.stageId, cell.stageId)));
    }
    if (lane.instruction && !drawn.has(`instruction\u0000${lane.laneId}\u0000`)) warnings.push(USER_MESSAGES.instructionMissingFromBoard(onBoard.name));
  }
}

function readMap(mapNode: TaggedNode, parts: readonly TaggedNode[], mapId: string, problems: string[], options: AssembleOptions): MapSnapshot | null {
  const name = mapNode.text.trim() || mapNode.mapId;
  const read = readSpec(mapNode, name);
  if ('problem' in read) {
    problems.push(read.problem);
    return null;
  }
  const { spec } = read;
  let layout: MapLayout | null = null;
  const storedLayout: StoredLayout = () => (layout ??= computeMapLayout(spec, { x: mapNode.bounds.x, y: mapNode.bounds.y }));
  const warnings: string[] = [];
  const title = parts.find((node) => node.role === 'title');
  if (!title) warnings.push(USER_MESSAGES.titleMissingFromBoard);
  const persona = readSlottedPersona(readPersona(spec, parts, storedLayout, warnings), spec, parts, storedLayout, warnings);
  const parkingLot = readParkingLot(spec, parts, storedLayout, warnings);
  const lanes = readLanes(spec, parts, storedLayout, warnings);
  const stages = readStages(spec, parts, mapNode.bounds, storedLayout, warnings);
  if (options.checkDrawing) checkDrawing(parts, lanes, stages, storedLayout, warnings);
  return {
    mapId,
    nodeId: mapNode.id,
    title: title ? boardText(title, spec.title) : spec.title,
    bounds: mapNode.bounds,
    persona,
    lanes,
    stages,
    notes: [],
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(spec.state !== undefined ? { state: spec.state } : {}),
    ...(parkingLot ? { parkingLot } : {}),
    ...(spec.scenario !== undefined ? { scenario: spec.scenario } : {}),
    ...(spec.team !== undefined ? { team: spec.team } : {}),
    ...(spec.date !== undefined ? { date: spec.date } : {}),
    cellSize: { columns: spec.options.cellColumns, rows: spec.options.cellRows },
  };
}

function findMapOfNote(note: NoteSnapshot, maps: readonly MapSnapshot[], sectionOwners: ReadonlyMap<string, number>): number | null {
  if (note.parentId !== null) {
    const owner = sectionOwners.get(note.parentId);
    if (owner !== undefined) return owner;
  }
  if (note.boundsMissing) return maps.length === 1 ? 0 : null;
  const centre = rectCenter(note.bounds);
  let containing = -1;
  for (let index = 0; index < maps.length; index++) {
    const bounds = maps[index]!.bounds;
    // The smallest containing map wins, should one map have been drawn inside another.
    if (!rectContainsPoint(bounds, centre)) continue;
    if (containing < 0 || area(bounds) < area(maps[containing]!.bounds)) containing = index;
  }
  if (containing >= 0) return containing;
  return findNearestMap(note.bounds, maps.map((map) => ({ bounds: map.bounds, nodeId: map.nodeId ?? '' })), NEAR_MAP_MARGIN);
}

/**
 * The plugin may read one sticky twice (in the map and near it): the same node, place and text. Two stickies that
 * only share an id (a file written by another tool) are two notes, and both are kept.
 */
function readingKey(note: NoteSnapshot): string {
  const { x, y, width, height } = note.bounds;
  return `${note.id}\u0000${x},${y},${width},${height}\u0000${note.text}`;
}

/**
 * Every map's structure from the tagged nodes, and each note given to the one map it belongs to: by the section
 * it sits in, else by where its centre is, else to the nearest map it lies close to. Notes of no map are dropped.
 * A map whose settings are missing is not guessed at: it is left out and a problem says why. A map that lost a
 * lane, a stage header, its title or persona is still read: the spec gives the missing part's name and place,
 * and the map's `warnings` say what is missing; so do missing cells and instructions, when the reader looked.
 */
export interface AssembleOptions {
  /** The reader looked for cells and lane instructions too (see CHECKED_DRAWING_ROLES): warn of those missing. */
  checkDrawing?: boolean;
}

export function assembleMapSnapshots(tagged: TaggedNode[], notes: NoteSnapshot[], options: AssembleOptions = {}): AssembledMaps {
  const problems: string[] = [];
  const { groups, orphans } = groupByMapNode(tagged);
  for (const count of orphans.values()) problems.push(USER_MESSAGES.mapSectionMissing(count));

  const maps: MapSnapshot[] = [];
  const takenMapIds = new Set<string>();
  for (const mapNode of tagged) {
    if (mapNode.role !== 'map') continue;
    const mapId = takenMapIds.has(mapNode.mapId) ? takeUniqueId(mapNode.mapId, takenMapIds) : mapNode.mapId;
    takenMapIds.add(mapId);
    const map = readMap(mapNode, groups.get(mapNode.id) ?? [], mapId, problems, options);
    if (map) maps.push(map);
  }

  const sectionOwners = new Map<string, number>();
  maps.forEach((map, index) => {
    if (map.nodeId !== null) sectionOwners.set(map.nodeId, index);
    for (const lane of map.lanes) if (lane.nodeId !== null) sectionOwners.set(lane.nodeId, index);
    if (map.persona?.nodeId) sectionOwners.set(map.persona.nodeId, index);
    for (const slot of map.persona?.slots ?? []) if (slot.nodeId !== null) sectionOwners.set(slot.nodeId, index);
    if (map.parkingLot?.nodeId) sectionOwners.set(map.parkingLot.nodeId, index);
  });
  const seen = new Set<string>();
  for (const note of notes) {
    const reading = readingKey(note);
    if (seen.has(reading)) continue;
    seen.add(reading);
    const owner = findMapOfNote(note, maps, sectionOwners);
    if (owner !== null) maps[owner]!.notes.push(note);
  }
  return { maps, problems };
}
