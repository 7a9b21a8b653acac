import type { Rect } from '../shared/geometry';
import type { MapRole } from './map-tags';

/** A node drawn by Journey Lanes, as read back from its tags: the map's structure, not its notes. */
export interface TaggedNode {
  id: string;
  role: MapRole;
  mapId: string;
  laneId: string | null;
  stageId: string | null;
  /** The map section's spec JSON; null on other roles. */
  spec: string | null;
  /** The node's name (sections) or its text (shapes, text). */
  text: string;
  /** Page coordinates as it is on the board now. */
  bounds: Rect;
  parentId: string | null;
  /** Persona slot sections: which slot; absent on other roles. */
  slotId?: string | null;
}
