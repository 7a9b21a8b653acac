import type { FakeBaseNode } from './fake-node';
import { copyTransform } from './geometry';
import { recordOf } from './node-record';
import type { NodeRecord } from './node-record';
import type { TextState } from './text-state';
import { insertNode } from './tree';

/** How each node makes a copy of itself with no parent yet; registered by the node's class. */
const copiers = new WeakMap<NodeRecord, () => FakeBaseNode>();

export function registerCopier(node: FakeBaseNode, copy: () => FakeBaseNode): void {
  copiers.set(recordOf(node), copy);
}

/**
 * What every node keeps in its record: name, place relative to its parent, size, visibility, lock, plugin data
 * and relaunch data. That plugin data is copied is [unverified] for `clone()` (a person's copy keeps it, so a
 * copied map carries its tags); stamps stuck to the original and connectors attached to it stay with it.
 */
export function copyRecordInto(source: FakeBaseNode, copy: FakeBaseNode): void {
  const from = recordOf(source);
  const to = recordOf(copy);
  to.name = from.name;
  to.transform = copyTransform(from.transform);
  to.width = from.width;
  to.height = from.height;
  to.visible = from.visible;
  to.locked = from.locked;
  to.data.copyFrom(from.data);
  to.relaunchData = { ...from.relaunchData };
}

export function copyTextState(from: TextState, to: TextState): void {
  to.characters = from.characters;
  to.fontName = { ...from.fontName };
  to.fontSize = from.fontSize;
  to.fills = from.fills;
}

/** A section's copy holds copies of its children, in the same order and at the same places inside it. */
export function copyChildrenInto(source: FakeBaseNode, copy: FakeBaseNode): void {
  for (const child of recordOf(source).children ?? []) {
    const copier = copiers.get(recordOf(child));
    if (!copier) throw new Error(`The fake cannot copy a ${recordOf(child).type}`);
    const childCopy = copier();
    insertNode(copy, childCopy, null, 'clone');
    recordOf(childCopy).transform = copyTransform(recordOf(child).transform);
  }
}

/**
 * "Duplicates the node. By default, the duplicate will be parented under `figma.currentPage`" [T: StickyNode.clone
 * and the other clone()s]; with the `cloneIntoSameParent` option [unverified] it goes into the original's parent, as
 * some third-party tools describe. Either way it keeps the original's relative x/y and lands in front.
 */
export function placeClone<T extends FakeBaseNode>(source: FakeBaseNode, copy: T): T {
  const from = recordOf(source);
  let page = from.parent;
  while (page && recordOf(page).type !== 'PAGE') page = recordOf(page).parent;
  const parent = from.board.unverified.cloneIntoSameParent ? from.parent : page;
  if (!parent) throw new Error(`in clone: The node with id "${from.id}" is not on a page`);
  insertNode(parent, copy, null, 'clone');
  recordOf(copy).transform = copyTransform(from.transform);
  return copy;
}
