import type { BoardNode } from '../board-node';
import type { ParkingLotSnapshot } from '../board-snapshot';
import { PARKING_LOT_NAME } from '../../template/presets';

/**
 * The parking lot of each map drawn by Journey Lanes and read without its tags: the section named PARKING_LOT_NAME
 * directly in the map's section, as compute-parking-lot-parts.ts draws it. Notes parked there are then set aside,
 * as in the tagged read, not notes just outside the grid. One pass over the nodes. Invariant: a map gets at most
 * one parking lot, the first such section in board order.
 */
export function findUntaggedParkingLots(nodes: readonly BoardNode[], mapSectionIds: ReadonlySet<string>): Map<string, ParkingLotSnapshot> {
  const parkingLots = new Map<string, ParkingLotSnapshot>();
  for (const node of nodes) {
    if (node.type !== 'SECTION' || node.parentId === null || !mapSectionIds.has(node.parentId) || parkingLots.has(node.parentId)) continue;
    if (node.text.trim() === PARKING_LOT_NAME) parkingLots.set(node.parentId, { nodeId: node.id, bounds: node.bounds });
  }
  return parkingLots;
}
