import { typeMismatchError } from './errors';

const COLOR_KEYS = new Set(['r', 'g', 'b']);

/**
 * A subset of Figma's paint validation: an array of paints, SOLID colours with r, g, b in 0..1 and nothing else in
 * `color` (`a` goes in `opacity`) [MCP gotchas.md: "Unrecognized key(s) in object: 'a' at [0].color"].
 * The stored array is frozen, like Figma's, so it must be copied to change.
 */
export function parsePaints(accessor: string, property: string, value: unknown): ReadonlyArray<Paint> {
  if (!Array.isArray(value)) throw typeMismatchError(accessor, property, 'array', value);
  value.forEach((paint: unknown, index) => {
    if (typeof paint !== 'object' || paint === null || typeof (paint as { type?: unknown }).type !== 'string') {
      throw failed(accessor, property, `Expected an object with a "type" at [${index}]`);
    }
    const { type, color } = paint as { type: string; color?: unknown };
    if (type !== 'SOLID') return;
    if (typeof color !== 'object' || color === null) throw failed(accessor, property, `Required at [${index}].color`);
    const unknownKeys = Object.keys(color).filter((key) => !COLOR_KEYS.has(key));
    if (unknownKeys.length > 0) {
      throw failed(accessor, property, `Unrecognized key(s) in object: ${unknownKeys.map((key) => `'${key}'`).join(', ')} at [${index}].color`);
    }
    for (const channel of COLOR_KEYS) {
      const channelValue = (color as Record<string, unknown>)[channel];
      if (typeof channelValue !== 'number' || Number.isNaN(channelValue) || channelValue < 0 || channelValue > 1) {
        throw failed(accessor, property, `Expected a number between 0 and 1 at [${index}].color.${channel}`);
      }
    }
  });
  return freezePaints(structuredClone(value as Paint[]));
}

/**
 * Figma stores a paint with every common property, so a SOLID paint written as `{ type, color }` reads back as
 * `{ type, visible: true, opacity: 1, blendMode: 'NORMAL', color }` (see FIDELITY.md); values written are kept.
 */
function withPaintDefaults(paint: Paint): Paint {
  if (paint.type !== 'SOLID') return paint;
  const { type, visible = true, opacity = 1, blendMode = 'NORMAL', color, ...rest } = paint;
  return { type, visible, opacity, blendMode, color, ...rest };
}

export function freezePaints(paints: Paint[]): ReadonlyArray<Paint> {
  const stored = paints.map(withPaintDefaults);
  for (const paint of stored) deepFreeze(paint);
  return Object.freeze(stored);
}

function deepFreeze(value: object): void {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  Object.freeze(value);
}

function failed(accessor: string, property: string, detail: string): Error {
  return new Error(`in ${accessor}: Property "${property}" failed validation: ${detail}`);
}
