import { expect } from 'vitest';
import { createDefaultSpec } from '../../src/core/template/presets';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { TemplateSpecSchema } from '../../src/core/template/template-spec';
import type { FigJamSceneNode } from '../../src/plugin/platform/figjam-api';
import { nodesWithRole, tagOf } from './board-builders';
import type { PluginSession } from './plugin-session';

/** A map as the Create tab draws it, with every part of the title area, a stage description and a persona role. */
export function contextSpec(): TemplateSpec {
  const spec = createDefaultSpec();
  return TemplateSpecSchema.parse({
    ...spec,
    scenario: 'Buying a winter jacket online',
    team: 'Web shop squad',
    date: 'March 2026',
    state: 'current',
    persona: { ...spec.persona, role: 'Frequent flyer, 34' },
    stages: spec.stages.map((stage, index) => (index === 0 ? { ...stage, description: 'Weeks before, on social media' } : stage)),
    options: { ...spec.options, showLegend: true, showHowTo: true, personaSlots: true, parkingLot: true },
  });
}

export const CONTEXT_LINE = 'Buying a winter jacket online  ·  Web shop squad  ·  March 2026';

export function textOf(node: FigJamSceneNode): string {
  if (node.type === 'TEXT') return node.characters;
  if (node.type === 'SHAPE_WITH_TEXT') return node.text.characters;
  return '';
}

/** The spec stored on the map section with `mapId`, or on the only map when none is named. */
export function storedSpec(session: PluginSession, mapId?: string): TemplateSpec {
  const maps = nodesWithRole(session.fake.figma, 'map');
  const map = mapId === undefined ? maps[0]! : maps.find((node) => tagOf(node, 'mapId') === mapId)!;
  return JSON.parse(tagOf(map, 'spec')) as TemplateSpec;
}

/** The legend, the how-to and the title area of `contextSpec` are drawn once on each map, its badge saying `states` in turn. */
export function expectContextDrawn(session: PluginSession, states: ReadonlyArray<'Current state' | 'Future state'> = ['Current state']): void {
  const { figma } = session.fake;
  const times = states.length;
  expect(nodesWithRole(figma, 'state-badge').map(textOf).sort()).toEqual([...states].sort());
  expect(nodesWithRole(figma, 'title-detail').map(textOf)).toEqual(Array.from({ length: times }, () => CONTEXT_LINE));
  expect(nodesWithRole(figma, 'legend').map(textOf).filter((text) => text === 'Legend')).toHaveLength(times);
  expect(nodesWithRole(figma, 'how-to').map(textOf).filter((text) => text.startsWith('How to use this board'))).toHaveLength(times);
}
