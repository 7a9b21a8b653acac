import type { Rect } from '../../core/shared/geometry';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamSceneNode } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';

/**
 * A node's page-space bounds as plain data (one read), or null for a node Figma gives none. A box that is not
 * finite is refused rather than read: NaN fails every comparison and Infinity every sum, so a note there would
 * be placed by accident.
 */
export function readBounds(node: FigJamSceneNode): Rect | null {
  const box = node.absoluteBoundingBox;
  if (!box) return null;
  const bounds = { x: box.x, y: box.y, width: box.width, height: box.height };
  if (!Number.isFinite(bounds.x) || !Number.isFinite(bounds.y) || !Number.isFinite(bounds.width) || !Number.isFinite(bounds.height)) {
    throw new PluginError(USER_MESSAGES.positionNotFinite);
  }
  return bounds;
}
