import type { MapSnapshot, NoteSnapshot } from '../board/board-snapshot';
import { createNaturalPosition } from './plan-map-rearrangement';
import type { MapRearrangement } from './plan-map-rearrangement';
import { RENDER_KEYS } from '../template/render-plan';

/**
 * The map as it is once a rearrangement has been applied, derived rather than read off the board again: its
 * parts where the layout puts them, with the node ids they were drawn with (`nodeIds`, by render key), and every
 * note where its move or its section takes it. Invariant: placing its notes gives what reading the rearranged
 * board would give; a note that was not part of `map` (far from the map before it grew) is not part of it either.
 */
export function computeRearrangedMap(
  map: MapSnapshot,
  rearrangement: MapRearrangement,
  nodeIds: ReadonlyMap<string, string>,
): MapSnapshot {
  const { layout } = rearrangement;
  const nodeIdOf = (key: string): string | null => nodeIds.get(key) ?? null;
  const naturalPosition = createNaturalPosition(map, layout);
  const moves = new Map(rearrangement.moves.map((move) => [move.noteId, move]));
  const notes = map.notes.map((note): NoteSnapshot => {
    const move = moves.get(note.id);
    const at = move ? move.to : naturalPosition(note);
    return { ...note, bounds: { ...note.bounds, x: at.x, y: at.y }, parentId: move?.toPage ? null : note.parentId };
  });
  return {
    mapId: map.mapId,
    nodeId: nodeIdOf(RENDER_KEYS.map),
    title: layout.title.text,
    bounds: layout.bounds,
    persona: {
      name: layout.persona.name,
      description: layout.persona.description,
      nodeId: nodeIdOf(RENDER_KEYS.persona),
      bounds: layout.persona.section,
      ...(layout.persona.slots
        ? { slots: layout.persona.slots.map((slot) => ({ id: slot.slotId, nodeId: nodeIdOf(RENDER_KEYS.personaSlot(slot.slotId)), bounds: slot.rect })) }
        : {}),
    },
    ...(layout.parkingLot ? { parkingLot: { nodeId: nodeIdOf(RENDER_KEYS.parkingLot), bounds: layout.parkingLot.section } } : {}),
    lanes: layout.lanes.map((lane) => ({
      id: lane.laneId,
      name: lane.name,
      kind: lane.kind,
      nodeId: nodeIdOf(RENDER_KEYS.lane(lane.laneId)),
      bounds: lane.band,
    })),
    stages: layout.stageHeaders.map((header) => ({
      id: header.stageId,
      name: header.name,
      nodeId: nodeIdOf(RENDER_KEYS.header(header.stageId)),
      bounds: { x: header.rect.x, y: layout.bounds.y, width: header.rect.width, height: layout.bounds.height },
    })),
    notes,
  };
}
