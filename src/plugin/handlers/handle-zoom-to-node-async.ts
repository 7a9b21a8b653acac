import type { SandboxToUi, ZoomToNodeRequest } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import type { FigJamApi, FigJamSceneNode } from '../platform/figjam-api';
import { PluginError } from '../platform/plugin-error';

/** Shows one note on the board (an unplaced one, say), selected so the person can move it into a cell. */
export async function handleZoomToNodeAsync(api: FigJamApi, request: ZoomToNodeRequest): Promise<SandboxToUi> {
  const { requestId, nodeId } = request;
  const node = await api.getNodeByIdAsync(nodeId);
  if (!node || node.type === 'DOCUMENT' || node.type === 'PAGE') throw new PluginError(USER_MESSAGES.nodeNotFound, 'nodeId');
  const sceneNode: FigJamSceneNode = node;
  api.currentPage.selection = [sceneNode];
  api.viewport.scrollAndZoomIntoView([sceneNode]);
  return { type: 'node-zoomed', requestId };
}
