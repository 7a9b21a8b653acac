import type { FakeBaseNode } from './fake-node';
import type { FakeSceneNode } from './fake-node-types';
import { recordOf } from './node-record';
import { collectDescendants, insertNode } from './tree';

/** `children` is a new frozen array on every read, back to front [T: ChildrenMixin.children]. */
export function readChildren(node: FakeBaseNode): ReadonlyArray<FakeSceneNode> {
  return Object.freeze([...(recordOf(node).children ?? [])]) as ReadonlyArray<FakeSceneNode>;
}

export function appendChildTo(node: FakeBaseNode, child: unknown): void {
  insertNode(node, child, null, 'appendChild');
}

export function insertChildInto(node: FakeBaseNode, index: number, child: unknown): void {
  insertNode(node, child, index, 'insertChild');
}

export function findChildrenOf(node: FakeBaseNode, callback?: (node: FakeSceneNode) => boolean): FakeSceneNode[] {
  const children = [...(recordOf(node).children ?? [])] as FakeSceneNode[];
  return callback ? children.filter((child) => callback(child)) : children;
}

export function findChildOf(node: FakeBaseNode, callback: (node: FakeSceneNode) => boolean): FakeSceneNode | null {
  return findChildrenOf(node).find((child) => callback(child)) ?? null;
}

export function findAllIn(node: FakeBaseNode, callback?: (node: FakeSceneNode) => boolean): FakeSceneNode[] {
  const all = collectDescendants(recordOf(node)) as FakeSceneNode[];
  return callback ? all.filter((descendant) => callback(descendant)) : all;
}

export function findOneIn(node: FakeBaseNode, callback: (node: FakeSceneNode) => boolean): FakeSceneNode | null {
  return findAllIn(node).find((descendant) => callback(descendant)) ?? null;
}

/** Criteria are ANDed; `keys` means "has any of these keys"; no keys means "has any key" [T: FindAllCriteria]. */
export function findAllWithCriteriaIn<T extends NodeType[]>(node: FakeBaseNode, criteria: FindAllCriteria<T>): Array<{ type: T[number] } & FakeSceneNode> {
  const types = criteria.types as readonly NodeType[] | undefined;
  return collectDescendants(recordOf(node)).filter((descendant) => {
    const record = recordOf(descendant);
    if (types && !types.includes(record.type)) return false;
    if (criteria.pluginData && !record.data.hasAnyOwn(criteria.pluginData.keys)) return false;
    if (criteria.sharedPluginData && !record.data.hasAnyShared(criteria.sharedPluginData.namespace, criteria.sharedPluginData.keys)) {
      return false;
    }
    return true;
  }) as Array<{ type: T[number] } & FakeSceneNode>;
}
