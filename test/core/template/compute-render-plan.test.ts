import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { computeRenderPlan } from '../../../src/core/template/compute-render-plan';
import type { RenderStyle } from '../../../src/core/template/compute-render-plan';
import { MAP_STYLE } from '../../../src/core/shared/map-style';
import { LANE_PRESETS, createDefaultSpec } from '../../../src/core/template/presets';
import type { RenderPart } from '../../../src/core/template/render-plan';
import { RENDER_KEYS } from '../../../src/core/template/render-plan';
import { solidPaints } from '../../../src/core/template/render-style';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { createBenchSpec } from '../../bench/create-bench-spec';

const SPECS: Array<[string, TemplateSpec]> = [
  ['the default map', createDefaultSpec()],
  ['the default map without instructions', { ...createDefaultSpec(), options: { ...createDefaultSpec().options, showInstructions: false } }],
  ['8 lanes × 10 stages', createBenchSpec(8, 10)],
  [`all ${LANE_PRESETS.length} lane presets`, createBenchSpec(LANE_PRESETS.length, 3)],
];

const origin = fc.record({ x: fc.integer({ min: -100_000, max: 100_000 }), y: fc.integer({ min: -100_000, max: 100_000 }) });

function planAt(spec: TemplateSpec, at: { x: number; y: number }, style?: RenderStyle): RenderPart[] {
  return computeRenderPlan(spec, computeMapLayout(spec, at), style).parts;
}

describe('computeRenderPlan', () => {
  it.each(SPECS)('gives every part of %s a key of its own and a section drawn before it as parent', (_, spec) => {
    const parts = planAt(spec, { x: 120, y: -40 });
    const keys = parts.map((part) => part.key);
    expect(new Set(keys).size).toBe(keys.length);
    const seen = new Map<string, RenderPart>();
    for (const part of parts) {
      if (part.parentKey === null) expect(part.key).toBe(RENDER_KEYS.map);
      else expect(seen.get(part.parentKey)?.type).toBe('SECTION');
      seen.set(part.key, part);
    }
    expect(parts.filter((part) => part.parentKey === null)).toHaveLength(1);
  });

  it.each(SPECS)('places %s on whole pixels, each part inside its parent', (_, spec) => {
    const parts = planAt(spec, { x: 3, y: 7 });
    const byKey = new Map(parts.map((part) => [part.key, part]));
    for (const part of parts) {
      for (const value of Object.values(part.rect)) expect(Number.isInteger(value)).toBe(true);
      if (part.parentKey === null) continue;
      const parent = byKey.get(part.parentKey)!.rect;
      expect(part.rect.x).toBeGreaterThanOrEqual(parent.x);
      expect(part.rect.y).toBeGreaterThanOrEqual(parent.y);
    }
  });

  it('names every cell, header, lane and scale mark of the default map by its ids', () => {
    const spec = createDefaultSpec();
    const keys = new Set(planAt(spec, { x: 0, y: 0 }).map((part) => part.key));
    for (const lane of spec.lanes) {
      expect(keys.has(RENDER_KEYS.lane(lane.id))).toBe(true);
      expect(keys.has(RENDER_KEYS.label(lane.id))).toBe(true);
      expect(keys.has(RENDER_KEYS.instruction(lane.id))).toBe(true);
      for (const stage of spec.stages) expect(keys.has(RENDER_KEYS.cell(lane.id, stage.id))).toBe(true);
    }
    for (const stage of spec.stages) expect(keys.has(RENDER_KEYS.header(stage.id))).toBe(true);
    const emotions = spec.lanes.find((lane) => lane.kind === 'emotions')!;
    for (const score of [2, 1, 0, -1, -2]) expect(keys.has(RENDER_KEYS.scale(emotions.id, score))).toBe(true);
    for (const key of [RENDER_KEYS.map, RENDER_KEYS.title, RENDER_KEYS.persona, RENDER_KEYS.personaCard]) expect(keys.has(key)).toBe(true);
  });

  it('moves every rect with the origin and changes nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SPECS.map(([, spec]) => spec)), origin, origin, (spec, a, b) => {
        const moved = planAt(spec, a).map((part) => ({ ...part, rect: { ...part.rect, x: part.rect.x - a.x, y: part.rect.y - a.y } }));
        const other = planAt(spec, b).map((part) => ({ ...part, rect: { ...part.rect, x: part.rect.x - b.x, y: part.rect.y - b.y } }));
        expect(moved).toEqual(other);
      }),
      { numRuns: 40 },
    );
  });

  it('draws in the style it is given, and only the colours change', () => {
    const spec = createDefaultSpec();
    const grey = '#808080';
    const style: RenderStyle = {
      colors: Object.fromEntries(Object.keys(MAP_STYLE).map((key) => [key, grey])) as RenderStyle['colors'],
      laneColors: () => ({ band: grey, label: grey }),
    };
    const plain = planAt(spec, { x: 0, y: 0 });
    const styled = planAt(spec, { x: 0, y: 0 }, style);
    const paints = solidPaints(grey);
    for (const part of styled) {
      if (part.fills) expect(part.fills).toEqual(paints);
      if (part.strokes) expect(part.strokes).toEqual(paints);
      if (part.text) expect(part.text.fills).toEqual(paints);
    }
    const withoutColours = (parts: RenderPart[]) =>
      parts.map(({ fills: _fills, strokes: _strokes, text, ...rest }) => ({ ...rest, text: text && { ...text, fills: [] } }));
    expect(withoutColours(styled)).toEqual(withoutColours(plain));
    expect(styled).not.toEqual(plain);
  });
});
