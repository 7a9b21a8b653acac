import type { NodeSnapshot } from '../fake-figjam/index';

/** Every node under the page, at any depth, from the fake's uncounted snapshot. */
export function countPageNodes(nodes: readonly NodeSnapshot[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countPageNodes(node.children), 0);
}
