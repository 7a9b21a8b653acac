import type { ParkingLotLayout } from './map-layout';
import type { MapColors } from '../shared/map-style';
import type { RenderPart } from './render-plan';
import { RENDER_KEYS } from './render-plan';
import { PARKING_LOT_NAME } from './presets';
import { fontOf, solidPaints } from './render-style';

/**
 * The parking lot: a section in the map section, so a note dropped on it is in it and exports as `parkingLot`,
 * with its instruction inside. None when the layout has no parking lot.
 */
export function computeParkingLotParts(parkingLot: ParkingLotLayout | undefined, colors: MapColors): RenderPart[] {
  if (!parkingLot) return [];
  const { instruction } = parkingLot;
  return [
    {
      key: RENDER_KEYS.parkingLot,
      parentKey: RENDER_KEYS.map,
      type: 'SECTION',
      rect: parkingLot.section,
      tags: { role: 'parking-lot' },
      name: PARKING_LOT_NAME,
      fills: solidPaints(colors.personaFill),
    },
    {
      key: RENDER_KEYS.parkingLotInstruction,
      parentKey: RENDER_KEYS.parkingLot,
      type: 'TEXT',
      rect: instruction.rect,
      tags: { role: 'parking-lot-instruction' },
      text: {
        characters: instruction.text,
        fontName: fontOf(instruction.fontStyle),
        fontSize: instruction.fontSize,
        fills: solidPaints(colors.mutedText),
      },
    },
  ];
}
