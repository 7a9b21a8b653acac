/** 2×3 affine transforms as Figma stores them: [[a, b, tx], [c, d, ty]]. */

export const IDENTITY: Transform = [
  [1, 0, 0],
  [0, 1, 0],
];

export function multiplyTransforms(outer: Transform, inner: Transform): Transform {
  const [[a1, b1, x1], [c1, d1, y1]] = outer;
  const [[a2, b2, x2], [c2, d2, y2]] = inner;
  return [
    [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, a1 * x2 + b1 * y2 + x1],
    [c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, c1 * x2 + d1 * y2 + y1],
  ];
}

export function copyTransform(transform: Transform): Transform {
  return [
    [transform[0][0], transform[0][1], transform[0][2]],
    [transform[1][0], transform[1][1], transform[1][2]],
  ];
}

/** The page-space box of a width × height rectangle placed by `transform` (rotation included). */
export function computeBoundingBox(transform: Transform, width: number, height: number): Rect {
  const corners: Array<[number, number]> = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
  ];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of corners) {
    xs.push(transform[0][0] * x + transform[0][1] * y + transform[0][2]);
    ys.push(transform[1][0] * x + transform[1][1] * y + transform[1][2]);
  }
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/** Figma's `rotation`: degrees, atan2(-m10, m00) [T: ShapeWithTextNode.rotation]. */
export function computeRotation(transform: Transform): number {
  return (Math.atan2(-transform[1][0], transform[0][0]) * 180) / Math.PI;
}

/** Rotation about the top-left corner: the translation stays where it is. */
export function rotateTransform(transform: Transform, degrees: number): Transform {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return [
    [cos, sin, transform[0][2]],
    [-sin, cos, transform[1][2]],
  ];
}

export function isTransform(value: unknown): value is Transform {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((row) => Array.isArray(row) && row.length === 3 && row.every((cell) => typeof cell === 'number' && Number.isFinite(cell)))
  );
}
