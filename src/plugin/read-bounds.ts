import type { Rect } from '../core/geometry';
import type { FigJamSceneNode } from './figjam-api';

/** A node's page-space bounds as plain data (one read), or null for a node Figma gives none. */
export function readBounds(node: FigJamSceneNode): Rect | null {
  const box = node.absoluteBoundingBox;
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}
