import type { Point } from '../../core/shared/geometry';

/** Where a node's top-left is on the page (one read); the page's own is 0, 0. x/y are relative to the parent. */
export function readPageOrigin(node: { readonly type: NodeType; readonly absoluteTransform?: Transform }): Point {
  if (node.type === 'PAGE' || !node.absoluteTransform) return { x: 0, y: 0 };
  const [[, , x], [, , y]] = node.absoluteTransform;
  return { x, y };
}
