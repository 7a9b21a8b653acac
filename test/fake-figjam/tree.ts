import { moveError, removedNodeError } from './errors';
import type { FakeBaseNode } from './fake-node';
import { moveWithStuckNodes } from './fake-node';
import { isFakeNode, recordOf } from './node-record';
import type { NodeRecord } from './node-record';

export function detachFromParent(record: NodeRecord): void {
  const parent = record.parent;
  if (!parent) return;
  const siblings = recordOf(parent).children;
  if (siblings) {
    // The node as the board lists it is, in practice, the object among the siblings: a native search for it is
    // fast on a big page. Failing that, from both ends at once, comparing records.
    const node = record.board.nodesById.get(record.id);
    let index = node ? siblings.indexOf(node) : -1;
    for (let front = 0, back = siblings.length - 1; index < 0 && front <= back; front += 1, back -= 1) {
      if (recordOf(siblings[front]!) === record) {
        index = front;
        break;
      }
      if (recordOf(siblings[back]!) === record) {
        index = back;
        break;
      }
    }
    if (index >= 0) siblings.splice(index, 1);
  }
  record.parent = null;
}

/**
 * appendChild / insertChild with the documented error cases
 * (https://developers.figma.com/docs/plugins/api/properties/nodes-appendchild, .../nodes-insertchild).
 * Re-parenting keeps the child's relative transform, so it moves on screen [T: PluginAPI.group remarks].
 */
export function insertNode(parent: FakeBaseNode, child: unknown, index: number | null, accessor: string): void {
  const parentRecord = recordOf(parent);
  if (!isFakeNode(child)) throw new Error(`in ${accessor}: Expected "child" to be a node`);
  const childNode = child as FakeBaseNode;
  const childRecord = recordOf(childNode);
  if (childRecord.removed) throw removedNodeError(accessor, childRecord.id);
  const siblings = parentRecord.children;
  if (!siblings) throw moveError(accessor, 'Cannot move node. New parent is of a type that cannot have children');
  if (index !== null && (!Number.isInteger(index) || index < 0 || index > siblings.length)) {
    throw moveError(accessor, 'Cannot insert node at index greater than the number of existing siblings');
  }
  if (childRecord.type === 'DOCUMENT') throw moveError(accessor, 'Cannot move node. Node is the scene root, which cannot be reparented');
  if (parentRecord.type === 'DOCUMENT' && childRecord.type !== 'PAGE') {
    throw moveError(accessor, 'Cannot move node. The root node cannot have children of type other than PAGE');
  }
  if (parentRecord.type !== 'DOCUMENT' && childRecord.type === 'PAGE') {
    throw moveError(accessor, 'Cannot move node. Nodes other than the root node cannot have children of type PAGE');
  }
  for (let ancestor: FakeBaseNode | null = parent; ancestor; ancestor = recordOf(ancestor).parent) {
    if (recordOf(ancestor) === childRecord) throw moveError(accessor, 'Cannot move node. Doing so would create a parenting cycle');
  }
  let position = index ?? siblings.length;
  if (childRecord.parent && recordOf(childRecord.parent) === parentRecord) {
    const current = siblings.findIndex((sibling) => recordOf(sibling) === childRecord);
    if (index !== null && current < position) position -= 1;
  }
  moveWithStuckNodes(childRecord, () => {
    detachFromParent(childRecord);
    siblings.splice(Math.min(position, siblings.length), 0, childNode);
    childRecord.parent = parent;
  });
}

/** Pre-order, back to front, excluding the node itself [T: ChildrenMixin.findAll]. */
export function collectDescendants(record: NodeRecord): FakeBaseNode[] {
  const found: FakeBaseNode[] = [];
  const visit = (current: NodeRecord): void => {
    for (const child of current.children ?? []) {
      found.push(child);
      visit(recordOf(child));
    }
  };
  visit(record);
  return found;
}
