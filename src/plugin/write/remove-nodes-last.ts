import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi, FigJamSceneNode } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';

/**
 * Removals come last because the plugin cannot bring a removed node back, so they cannot be rolled back. Should
 * one fail, the others are still removed and the step is still closed, so one undo restores the whole map; the
 * person is told, as the map then keeps a part it should have lost.
 */
export function removeNodesLast(api: FigJamApi, nodes: readonly FigJamSceneNode[]): void {
  let failed = 0;
  for (const node of nodes) {
    try {
      if (!node.removed) node.remove();
    } catch {
      failed += 1;
    }
  }
  api.commitUndo();
  if (failed > 0) throw new PluginError(USER_MESSAGES.partsNotRemoved(failed));
}
