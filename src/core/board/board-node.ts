import type { Rect } from '../shared/geometry';

/** The node types grid inference looks at; everything else on a board is left out of the snapshot. */
export const BOARD_NODE_TYPES = ['STICKY', 'SHAPE_WITH_TEXT', 'TEXT', 'SECTION', 'TABLE', 'TABLE_CELL'] as const;
export type BoardNodeType = (typeof BOARD_NODE_TYPES)[number];

export function isBoardNodeType(type: string): type is BoardNodeType {
  return (BOARD_NODE_TYPES as readonly string[]).includes(type);
}

/**
 * Any node that may be part of a hand-drawn journey grid, as plain data: read by the plugin from live nodes and
 * by the command line from a REST file, so that grid inference sees both boards alike.
 */
export interface BoardNode {
  id: string;
  type: BoardNodeType;
  /** The text on the node; a section's name; '' for a table. */
  text: string;
  /** Page coordinates. */
  bounds: Rect;
  /** The node id of the parent (a section, group, frame or table), null when on the page. */
  parentId: string | null;
}
