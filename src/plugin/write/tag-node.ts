import { EXPORTED_ROLES, TAG_KEYS, TAG_NAMESPACE } from '../../core/board/map-tags';
import type { MapRole } from '../../core/board/map-tags';

export interface NodeTags {
  role: MapRole;
  mapId: string;
  laneId?: string;
  stageId?: string;
  spec?: string;
  noteId?: string;
  partKey?: string;
  slotId?: string;
}

interface TaggableNode {
  setSharedPluginData(namespace: string, key: string, value: string): void;
}

/** Shared plugin data, so the map can be found again in FigJam and through the REST API. */
export function tagNode(node: TaggableNode, tags: NodeTags): void {
  node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.role, tags.role);
  node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId, tags.mapId);
  if (EXPORTED_ROLES.has(tags.role)) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.part, tags.role);
  if (tags.laneId !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.laneId, tags.laneId);
  if (tags.stageId !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.stageId, tags.stageId);
  if (tags.spec !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec, tags.spec);
  if (tags.noteId !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.noteId, tags.noteId);
  if (tags.partKey !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.partKey, tags.partKey);
  if (tags.slotId !== undefined) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.slotId, tags.slotId);
}
