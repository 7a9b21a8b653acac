import type { FakeBaseNode } from './fake-node';
import { computeAbsoluteTransform } from './fake-node';
import { computeBoundingBox } from './geometry';
import { recordOf } from './node-record';

/** A node as plain data, read without touching the counted API: for "the board is exactly as it was" assertions. */
export interface NodeSnapshot {
  id: string;
  type: NodeType;
  name: string;
  relativeTransform: Transform;
  absoluteBoundingBox: Rect;
  width: number;
  height: number;
  visible: boolean;
  locked: boolean;
  pluginData: Record<string, string>;
  sharedPluginData: Record<string, Record<string, string>>;
  stuckTo: string | null;
  children: NodeSnapshot[];
}

export function snapshotNode(node: FakeBaseNode): NodeSnapshot {
  const record = recordOf(node);
  const { pluginData, sharedPluginData } = record.data.toPlain();
  return {
    id: record.id,
    type: record.type,
    name: record.name,
    relativeTransform: structuredClone(record.transform),
    absoluteBoundingBox: computeBoundingBox(computeAbsoluteTransform(record), record.width, record.height),
    width: record.width,
    height: record.height,
    visible: record.visible,
    locked: record.locked,
    pluginData,
    sharedPluginData,
    stuckTo: record.stuckTo ? recordOf(record.stuckTo).id : null,
    children: (record.children ?? []).map(snapshotNode),
  };
}
