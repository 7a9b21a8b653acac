import type { MapSnapshot, NoteSnapshot } from '../../src/core/board/board-snapshot';
import { computeMapLayout } from '../../src/core/template/compute-map-layout';
import type { Rect } from '../../src/core/shared/geometry';
import type { MapLayout } from '../../src/core/template/map-layout';
import { createDefaultSpec } from '../../src/core/template/presets';
import type { TaggedNode } from '../../src/core/board/tagged-node';
import type { TemplateSpec } from '../../src/core/template/template-spec';

export interface DrawnMap {
  spec: TemplateSpec;
  layout: MapLayout;
  mapId: string;
  nodeId: string;
  tagged: TaggedNode[];
}

/** The tagged nodes the plugin draws for `spec`, as the sandbox adapter reads them back (see read-map-structure). */
export function drawMap(options: { mapId?: string; origin?: { x: number; y: number }; spec?: TemplateSpec } = {}): DrawnMap {
  const spec = options.spec ?? createDefaultSpec();
  const mapId = options.mapId ?? 'map1';
  const layout = computeMapLayout(spec, options.origin ?? { x: 0, y: 0 });
  const nodeId = `${mapId}:map`;
  const node = (id: string, role: TaggedNode['role'], bounds: Rect, text: string, extra: Partial<TaggedNode> = {}): TaggedNode => ({
    id: `${mapId}:${id}`,
    role,
    mapId,
    laneId: null,
    stageId: null,
    spec: null,
    text,
    bounds,
    parentId: nodeId,
    ...extra,
  });
  const tagged: TaggedNode[] = [
    { ...node('map', 'map', layout.bounds, spec.title, { spec: JSON.stringify(spec) }), id: nodeId, parentId: null },
    node('title', 'title', layout.title.rect, spec.title),
    node('persona', 'persona', layout.persona.section, `Persona: ${spec.persona.name}`),
    node('persona-card', 'persona-card', layout.persona.card.rect, layout.persona.card.text, { parentId: `${mapId}:persona` }),
    ...layout.stageHeaders.map((header) => node(`stage-${header.stageId}`, 'stage', header.rect, header.name, { stageId: header.stageId })),
    ...layout.lanes.map((lane) => node(`lane-${lane.laneId}`, 'lane', lane.band, lane.name, { laneId: lane.laneId })),
  ];
  return { spec, layout, mapId, nodeId, tagged };
}

let noteCounter = 0;

export function createNote(overrides: Partial<NoteSnapshot> & { x: number; y: number; width?: number; height?: number }): NoteSnapshot {
  const { x, y, width = 240, height = 240, ...rest } = overrides;
  noteCounter += 1;
  return {
    id: `note-${noteCounter}`,
    text: `Note ${noteCounter}`,
    bounds: { x, y, width, height },
    color: null,
    author: null,
    parentId: null,
    stamps: [],
    ...rest,
  };
}

export function laneBand(drawn: DrawnMap, laneId: string): Rect {
  return drawn.layout.lanes.find((lane) => lane.laneId === laneId)!.band;
}

export function cellOf(drawn: DrawnMap, laneId: string, stageId: string): Rect {
  return drawn.layout.lanes.find((lane) => lane.laneId === laneId)!.cells.find((cell) => cell.stageId === stageId)!.rect;
}

/** A note 240 × 240 inside the cell at (dx, dy) from its top-left, parented to the lane section when asked. */
export function noteInCell(drawn: DrawnMap, laneId: string, stageId: string, options: { dx?: number; dy?: number; inSection?: boolean } & Partial<NoteSnapshot> = {}): NoteSnapshot {
  const { dx = 40, dy = 40, inSection = true, ...rest } = options;
  const cell = cellOf(drawn, laneId, stageId);
  return createNote({ x: cell.x + dx, y: cell.y + dy, parentId: inSection ? `${drawn.mapId}:lane-${laneId}` : drawn.nodeId, ...rest });
}

export function assembleOne(drawn: DrawnMap, notes: NoteSnapshot[]): MapSnapshot {
  return { ...snapshotWithoutNotes(drawn), notes };
}

/** The MapSnapshot the assembler should give for an unmoved drawn map, written out independently of it. */
export function snapshotWithoutNotes(drawn: DrawnMap): MapSnapshot {
  const { layout, spec, mapId, nodeId } = drawn;
  return {
    mapId,
    nodeId,
    title: spec.title,
    bounds: layout.bounds,
    persona: { name: spec.persona.name, description: spec.persona.description, nodeId: `${mapId}:persona`, bounds: layout.persona.section },
    lanes: layout.lanes.map((lane) => ({ id: lane.laneId, name: lane.name, kind: lane.kind, nodeId: `${mapId}:lane-${lane.laneId}`, bounds: lane.band })),
    stages: layout.stageHeaders.map((header) => ({
      id: header.stageId,
      name: header.name,
      nodeId: `${mapId}:stage-${header.stageId}`,
      bounds: { x: header.rect.x, y: layout.bounds.y, width: header.rect.width, height: layout.bounds.height },
    })),
    notes: [],
    cellSize: { columns: spec.options.cellColumns, rows: spec.options.cellRows },
  };
}
