import type { Board } from './board';
import type { FakeBaseNode } from './fake-node';
import { PluginDataStore } from './plugin-data';

/** What the fake knows about a node, kept off the node so plugin code cannot see it and reads are not counted. */
export interface NodeRecord {
  readonly board: Board;
  readonly id: string;
  readonly type: NodeType;
  name: string;
  parent: FakeBaseNode | null;
  /** Back to front; null for nodes that cannot have children. */
  children: FakeBaseNode[] | null;
  /** Relative to the container parent. */
  transform: Transform;
  width: number;
  height: number;
  visible: boolean;
  locked: boolean;
  removed: boolean;
  readonly data: PluginDataStore;
  relaunchData: Record<string, string>;
  /** Stamps: the node they are stuck to. */
  stuckTo: FakeBaseNode | null;
  /** Connectors whose endpoints name this node. */
  readonly connectors: Set<FakeBaseNode>;
}

const records = new WeakMap<object, NodeRecord>();

export function createNodeRecord(board: Board, type: NodeType, id: string): NodeRecord {
  return {
    board,
    id,
    type,
    name: '',
    parent: null,
    children: null,
    transform: [
      [1, 0, 0],
      [0, 1, 0],
    ],
    width: 0,
    height: 0,
    visible: true,
    locked: false,
    removed: false,
    data: new PluginDataStore(board.pluginId),
    relaunchData: {},
    stuckTo: null,
    connectors: new Set(),
  };
}

export function attachRecord(node: object, record: NodeRecord): void {
  records.set(node, record);
}

export function recordOf(node: unknown): NodeRecord {
  const record = typeof node === 'object' && node !== null ? records.get(node) : undefined;
  if (!record) throw new Error('Expected a node of this fake FigJam');
  return record;
}

export function isFakeNode(node: unknown): boolean {
  return typeof node === 'object' && node !== null && records.has(node);
}
