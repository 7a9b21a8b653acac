import type { Point, Rect } from '../shared/geometry';
import { rectBottom } from '../shared/geometry';
import type { MapLayout } from '../template/map-layout';
import { STICKY_SIZE } from '../template/map-layout';
import type { PersonaSlotId } from '../template/persona-slots';

const GAP = 40;
/**
 * The export reads a note as starting a new row when its top is more than half a note below the row's first:
 * rows closer than this would read as one and change the notes' order.
 */
const MIN_ROW_PITCH = STICKY_SIZE / 2 + 1;

/**
 * `count` notes in an area, rows left to right, top to bottom, every note's centre inside it: at full spacing when
 * they fit, else rows and columns drawn closer (notes overlapping, their reading order kept), as a participant
 * stacks notes on a full slot. The area's top-left note is at (area.x, area.y).
 */
function placeInArea(area: Rect, count: number): Point[] {
  if (count === 0) return [];
  const fullPitch = STICKY_SIZE + GAP;
  const roomDown = Math.max(0, area.height - STICKY_SIZE / 2);
  const maxRows = Math.max(1, Math.floor(roomDown / MIN_ROW_PITCH) + 1);
  const fittingColumns = Math.max(1, Math.floor((area.width - STICKY_SIZE) / fullPitch) + 1);
  const columns = Math.max(fittingColumns, Math.ceil(count / maxRows));
  const rows = Math.ceil(count / columns);
  const columnPitch = columns > 1 ? Math.min(fullPitch, Math.max(1, (area.width - STICKY_SIZE / 2) / (columns - 1))) : 0;
  const rowPitch = rows > 1 ? Math.min(fullPitch, Math.max(MIN_ROW_PITCH, roomDown / (rows - 1))) : 0;
  return Array.from({ length: count }, (_, index) => ({
    x: area.x + (index % columns) * columnPitch,
    y: area.y + Math.floor(index / columns) * rowPitch,
  }));
}

/**
 * Where imported persona notes go on a card with slots beside it: on the card, under its description, every
 * note's centre on the card or in the persona section's margin below it, left of the slots.
 */
export function placeOnPersonaCard(layout: MapLayout, count: number): Point[] {
  const card = layout.persona.card.rect;
  const description = layout.persona.details?.description.rect;
  const top = Math.min(description ? rectBottom(description) + GAP / 2 : card.y + GAP, rectBottom(card) - STICKY_SIZE / 2);
  return placeInArea({ x: card.x + GAP, y: top, width: card.width - 2 * GAP, height: rectBottom(card) - top }, count);
}

/**
 * Where imported notes of a persona slot or the parking lot go: in that section, under its hint or instruction,
 * each note's centre inside the section, so the export finds them there again. The note heights are not needed:
 * a row is a default note tall; a taller note reaches down over the next row rather than out of the section.
 */
export function placeInWorkshopArea(
  layout: MapLayout,
  home: { kind: 'persona-slot'; slotId: PersonaSlotId } | { kind: 'parking-lot' },
  count: number,
): Point[] {
  let section: Rect | undefined;
  let top = 0;
  if (home.kind === 'persona-slot') {
    const slot = layout.persona.slots?.find((candidate) => candidate.slotId === home.slotId);
    section = slot?.rect;
    top = slot ? rectBottom(slot.hint.rect) + GAP / 2 : 0;
  } else {
    section = layout.parkingLot?.section;
    top = layout.parkingLot ? rectBottom(layout.parkingLot.instruction.rect) + GAP : 0;
  }
  // A map drawn without the section: the notes go under the map, where the export reports them as unplaced.
  if (!section) return Array.from({ length: count }, (_, index) => ({ x: layout.bounds.x + index * (STICKY_SIZE + GAP), y: rectBottom(layout.bounds) + GAP }));
  const area: Rect = { x: section.x + GAP, y: top, width: section.width - 2 * GAP, height: rectBottom(section) - top - GAP };
  return placeInArea(area, count);
}
