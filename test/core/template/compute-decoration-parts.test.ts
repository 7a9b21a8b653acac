import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { computeRenderPlan } from '../../../src/core/template/compute-render-plan';
import { EMOTION_GUIDE_SCORES } from '../../../src/core/template/compute-emotion-guides';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { RENDER_KEYS } from '../../../src/core/template/render-plan';
import type { RenderPart } from '../../../src/core/template/render-plan';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import { TemplateSpecSchema } from '../../../src/core/template/template-spec';
import { rectBottom, rectContainsRect, rectRight } from '../../../src/core/shared/geometry';
import { WORKSHOP_TEXTS } from '../../../src/core/template/workshop-texts';

const ORIGIN = { x: 0, y: 0 };

function workshopSpec(): TemplateSpec {
  const spec = createDefaultSpec();
  return TemplateSpecSchema.parse({
    ...spec,
    scenario: 'Buying a winter jacket',
    date: 'March 2026',
    state: 'future',
    stages: spec.stages.map((stage, index) => (index === 1 ? { ...stage, description: 'Two weeks, on the phone' } : stage)),
    options: { ...spec.options, showLegend: true, showHowTo: true },
  });
}

function partsOf(spec: TemplateSpec): RenderPart[] {
  return computeRenderPlan(spec, computeMapLayout(spec, ORIGIN)).parts;
}

describe('the look of a map in its render plan', () => {
  const spec = workshopSpec();
  const layout = computeMapLayout(spec, ORIGIN);
  const parts = partsOf(spec);
  const byKey = new Map(parts.map((part) => [part.key, part]));

  it('numbers the stage headers and draws them as chevrons', () => {
    const headers = spec.stages.map((stage) => byKey.get(RENDER_KEYS.header(stage.id))!);
    expect(headers.map((header) => header.text!.characters)).toEqual(spec.stages.map((stage, index) => `${index + 1} · ${stage.name}`));
    expect(headers.every((header) => header.shapeType === 'CHEVRON')).toBe(true);
  });

  it('draws a stage description under its header, inside the header row', () => {
    const description = byKey.get(RENDER_KEYS.stageDescription(spec.stages[1]!.id))!;
    const header = layout.stageHeaders[1]!;
    expect(description.text!.characters).toBe('Two weeks, on the phone');
    expect(description.rect.y).toBeGreaterThanOrEqual(rectBottom(header.rect));
    expect(rectContainsRect(layout.headerRow, description.rect)).toBe(true);
    expect(rectBottom(layout.headerRow)).toBeLessThan(layout.lanes[0]!.band.y);
    expect(parts.filter((part) => part.tags.role === 'stage-description')).toHaveLength(1);
  });

  it('puts the state badge and the detail line between the title and the persona', () => {
    const badge = byKey.get(RENDER_KEYS.stateBadge)!;
    const detail = byKey.get(RENDER_KEYS.titleDetail)!;
    expect(badge.text!.characters).toBe('Future state');
    expect(detail.text!.characters).toBe('Buying a winter jacket  ·  March 2026');
    for (const part of [badge, detail]) {
      expect(part.rect.y).toBeGreaterThanOrEqual(rectBottom(layout.title.rect));
      expect(rectBottom(part.rect)).toBeLessThan(layout.persona.section.y);
    }
    expect(detail.rect.x).toBeGreaterThan(rectRight(badge.rect));
  });

  it('draws a guide per score across every stage of the emotion lane, after its cells, the 0 line the strongest', () => {
    const lane = layout.lanes.find((candidate) => candidate.kind === 'emotions')!;
    const keys = parts.map((part) => part.key);
    const guides = EMOTION_GUIDE_SCORES.map((score) => byKey.get(RENDER_KEYS.emotionGuide(lane.laneId, score))!);
    for (const guide of guides) {
      expect(guide.parentKey).toBe(RENDER_KEYS.lane(lane.laneId));
      expect(guide.rect.x).toBe(lane.cells[0]!.rect.x);
      expect(rectRight(guide.rect)).toBe(rectRight(lane.cells[lane.cells.length - 1]!.rect));
      expect(guide.locked).toBe(true);
      expect(keys.indexOf(guide.key)).toBeGreaterThan(keys.indexOf(RENDER_KEYS.cell(lane.laneId, spec.stages[spec.stages.length - 1]!.id)));
    }
    const zero = guides[EMOTION_GUIDE_SCORES.indexOf(0)]!;
    expect(guides.every((guide) => guide === zero || guide.rect.height < zero.rect.height)).toBe(true);
    expect(parts.filter((part) => part.tags.role === 'emotion-guide')).toHaveLength(EMOTION_GUIDE_SCORES.length);
  });

  it('puts the legend and the how-to right of the grid, inside the map, with a swatch per lane in its label colour', () => {
    const panels = [byKey.get(RENDER_KEYS.legend)!, byKey.get(RENDER_KEYS.howTo)!];
    for (const panel of panels) {
      expect(panel.rect.x).toBeGreaterThan(rectRight(layout.grid));
      expect(rectContainsRect(layout.bounds, panel.rect)).toBe(true);
    }
    expect(rectBottom(panels[0]!.rect)).toBeLessThan(panels[1]!.rect.y);
    const swatches = spec.lanes.map((lane) => byKey.get(RENDER_KEYS.legendSwatch(lane.id))!);
    expect(swatches.map((swatch) => swatch.text!.characters)).toEqual(spec.lanes.map((lane) => lane.name));
    for (const lane of spec.lanes) expect(byKey.get(RENDER_KEYS.legendSwatch(lane.id))!.fills).toEqual(byKey.get(RENDER_KEYS.label(lane.id))!.fills);
    // Lane labels and swatches are outlined in their own colour, not in a shape's default dark outline.
    for (const lane of spec.lanes) expect(byKey.get(RENDER_KEYS.label(lane.id))!.strokes).toEqual(byKey.get(RENDER_KEYS.label(lane.id))!.fills);
    expect(byKey.get(RENDER_KEYS.howToBody)!.text!.characters).toBe(WORKSHOP_TEXTS.howToSteps.join('\n'));
  });

  it('tags every part of the look with its own key, so it is found again, and no other part', () => {
    const look = new Set(['title-detail', 'state-badge', 'stage-description', 'emotion-guide', 'legend', 'how-to']);
    for (const part of parts) expect(part.tags.partKey).toBe(look.has(part.tags.role) ? part.key : undefined);
  });

  it('draws none of the badge, detail, descriptions, legend or how-to for a spec without them, as maps drawn before', () => {
    const before = partsOf(createDefaultSpec());
    expect(before.filter((part) => ['title-detail', 'state-badge', 'stage-description', 'legend', 'how-to'].includes(part.tags.role))).toEqual([]);
    const plain = computeMapLayout(createDefaultSpec(), ORIGIN);
    expect(plain.bounds.width).toBeLessThan(layout.bounds.width);
  });
});
