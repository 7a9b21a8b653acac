import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { rectsOverlap } from '../../../src/core/shared/geometry';
import { TAG_KEYS } from '../../../src/core/board/map-tags';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { withNewMapParts } from '../../../src/core/template/with-new-map-parts';
import type { FigJamSceneNode } from '../../../src/plugin/platform/figjam-api';
import { boundsOf, nodesWithRole, tagOf } from '../board-builders';
import { startPluginSession } from '../plugin-session';

function textOf(node: FigJamSceneNode): string {
  if (node.type === 'SHAPE_WITH_TEXT' || node.type === 'STICKY') return node.text.characters;
  if (node.type === 'TEXT') return node.characters;
  return node.name;
}

/** What create-map draws when asked for the default template: persona slots and parking lot included. */
const spec = withNewMapParts(createDefaultSpec());

describe('create-map on the FigJam fake', () => {
  it('draws the default template: title, persona, five stages, six lanes, scale and instructions', async () => {
    const { fake, requestAsync } = startPluginSession();
    const answer = await requestAsync({ type: 'create-map', requestId: 'r1' });
    expect(answer).toMatchObject({ type: 'map-created', requestId: 'r1' });
    const { figma, handles } = fake;
    const layout = computeMapLayout(spec, { x: 0, y: 0 });

    const [map] = nodesWithRole(figma, 'map');
    expect(map?.type).toBe('SECTION');
    expect(tagOf(map!, TAG_KEYS.mapId)).toBe(answer.type === 'map-created' ? answer.mapId : '');
    expect(boundsOf(map!)).toEqual(layout.bounds);
    expect(JSON.parse(tagOf(map!, TAG_KEYS.spec))).toEqual(spec);
    expect(map!.getRelaunchData()).toEqual({ export: expect.any(String) });

    const [title] = nodesWithRole(figma, 'title');
    expect(textOf(title!)).toBe('Customer journey map');

    const stages = nodesWithRole(figma, 'stage');
    // Numbered chevrons, so the row reads as an order.
    expect(stages.map(textOf)).toEqual(['1 · Awareness', '2 · Consideration', '3 · Purchase', '4 · Retention', '5 · Advocacy']);
    expect(stages.map((node) => (node.type === 'SHAPE_WITH_TEXT' ? node.shapeType : null))).toEqual(Array(5).fill('CHEVRON'));
    expect(stages.map((node) => tagOf(node, TAG_KEYS.stageId))).toEqual(spec.stages.map((stage) => stage.id));
    expect(stages.map(boundsOf)).toEqual(layout.stageHeaders.map((header) => header.rect));

    const lanes = nodesWithRole(figma, 'lane');
    expect(lanes.map((lane) => lane.type)).toEqual(Array(6).fill('SECTION'));
    expect(lanes.map((lane) => lane.name)).toEqual(['Touchpoints', 'Customer actions', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities']);
    expect(lanes.map(boundsOf)).toEqual(layout.lanes.map((lane) => lane.band));
    for (const lane of lanes) expect(lane.parent?.id).toBe(map!.id);

    const labels = nodesWithRole(figma, 'lane-label');
    expect(labels.map(textOf)).toEqual(lanes.map((lane) => lane.name));
    expect(labels.map(boundsOf)).toEqual(layout.lanes.map((lane) => lane.label.rect));

    const cells = nodesWithRole(figma, 'cell');
    expect(cells).toHaveLength(30);
    expect(cells.map(boundsOf)).toEqual(layout.lanes.flatMap((lane) => lane.cells.map((cell) => cell.rect)));
    expect(cells.every((cell) => cell.locked)).toBe(true);

    const scale = nodesWithRole(figma, 'emotion-scale');
    expect(scale.map(textOf)).toEqual(layout.lanes.find((lane) => lane.kind === 'emotions')!.emotionScale.map((mark) => mark.text));
    expect(nodesWithRole(figma, 'instruction')).toHaveLength(6);
    const [persona] = nodesWithRole(figma, 'persona');
    expect(persona?.type).toBe('SECTION');
    expect(nodesWithRole(figma, 'persona-card')[0]?.type).toBe('SHAPE_WITH_TEXT');
    const [name] = nodesWithRole(figma, 'persona-name');
    expect(name?.type === 'TEXT' ? [name.characters, name.fontName] : null).toEqual(['Persona', { family: 'Inter', style: 'Bold' }]);
    expect(textOf(nodesWithRole(figma, 'persona-initials')[0]!)).toBe('P');
    const slots = nodesWithRole(figma, 'persona-slot');
    expect(slots.map((slot) => [slot.type, textOf(slot), tagOf(slot, TAG_KEYS.slotId)])).toEqual([
      ['SECTION', 'Goals', 'goals'],
      ['SECTION', 'Needs', 'needs'],
      ['SECTION', 'Frustrations', 'frustrations'],
      ['SECTION', 'Quote', 'quote'],
    ]);
    expect(slots.every((slot) => slot.parent?.id === persona!.id)).toBe(true);
    expect(slots.map(boundsOf)).toEqual(layout.persona.slots!.map((slot) => slot.rect));
    const [lot] = nodesWithRole(figma, 'parking-lot');
    expect(lot?.type === 'SECTION' ? [lot.name, lot.parent?.id] : null).toEqual(['Parking lot', map!.id]);
    expect(boundsOf(lot!)).toEqual(layout.parkingLot!.section);

    expect(handles.undoCommits).toBe(1);
    expect(figma.currentPage.selection.map((node) => node.id)).toEqual([map!.id]);
    expect(handles.scrolledTo.at(-1)).toEqual([map!.id]);
  });

  it('loads each distinct font once, before writing any text', async () => {
    const { fake, requestAsync } = startPluginSession();
    await requestAsync({ type: 'create-map', requestId: 'r1' });
    const counts = fake.handles.counts.snapshot();
    expect(counts.byMember['loadFontAsync']).toBe(2);
  });

  it('puts a second map beside the first without overlapping it', async () => {
    const { fake, requestAsync } = startPluginSession();
    await requestAsync({ type: 'create-map', requestId: 'r1' });
    await requestAsync({ type: 'create-map', requestId: 'r2' });
    const maps = nodesWithRole(fake.figma, 'map').map(boundsOf);
    expect(maps).toHaveLength(2);
    expect(rectsOverlap(maps[0]!, maps[1]!)).toBe(false);
    expect(maps[1]!.x).toBeGreaterThan(maps[0]!.x + maps[0]!.width);
    expect(fake.handles.undoCommits).toBe(2);
  });

  it('draws a custom spec with its own stages and lanes', async () => {
    const { fake, requestAsync } = startPluginSession();
    const custom = {
      title: 'Onboarding',
      persona: { name: 'Sam', description: 'New admin' },
      stages: [
        { id: 'before', name: 'Before' },
        { id: 'during', name: 'During' },
        { id: 'after', name: 'After' },
      ],
      lanes: [
        { id: 'frontstage', name: 'Frontstage', kind: 'frontstage' as const },
        { id: 'backstage', name: 'Backstage', kind: 'backstage' as const },
        { id: 'kpi', name: 'KPIs', kind: 'custom' as const },
      ],
    };
    const answer = await requestAsync({ type: 'create-map', requestId: 'r1', spec: custom });
    expect(answer.type).toBe('map-created');
    expect(nodesWithRole(fake.figma, 'stage').map(textOf)).toEqual(['1 · Before', '2 · During', '3 · After']);
    expect(nodesWithRole(fake.figma, 'lane').map((lane) => lane.name)).toEqual(['Frontstage', 'Backstage', 'KPIs']);
    expect(nodesWithRole(fake.figma, 'emotion-scale')).toHaveLength(0);
    expect(nodesWithRole(fake.figma, 'cell')).toHaveLength(9);
  });

  it('draws a map whose stage and lane ids are in Japanese and Arabic, and exports them as they are', async () => {
    const { fake, requestAsync } = startPluginSession();
    const spec = {
      title: '病院予約',
      persona: { name: '患者' },
      stages: [
        { id: '予約', name: '予約' },
        { id: 'حجز', name: 'حجز' },
      ],
      lanes: [
        { id: '感情', name: '感情', kind: 'emotions' as const },
        { id: '課題', name: '課題', kind: 'painPoints' as const },
      ],
    };
    const answer = await requestAsync({ type: 'create-map', requestId: 'r1', spec });
    expect(answer.type).toBe('map-created');
    expect(nodesWithRole(fake.figma, 'stage').map(textOf)).toEqual(['1 · 予約', '2 · حجز']);
    const exported = await requestAsync({ type: 'export-map', requestId: 'r2' });
    if (exported.type !== 'map-exported') throw new Error(JSON.stringify(exported));
    expect(exported.journey.stages.map((stage) => stage.id)).toEqual(['予約', 'حجز']);
    // The number drawn before a name is not part of it.
    expect(exported.journey.stages.map((stage) => stage.name)).toEqual(['予約', 'حجز']);
    expect(exported.journey.lanes.map((lane) => lane.id)).toEqual(['感情', '課題']);
  });
});

describe('create-map failures leave the board as it was', () => {
  async function expectUnchangedAsync(
    options: Parameters<typeof startPluginSession>[0],
    spec: unknown,
    expected: { message: RegExp; field?: string },
  ) {
    const { fake, requestAsync } = startPluginSession(options);
    const existing = fake.figma.createSection();
    existing.x = 50;
    const before = fake.handles.board.snapshotPage();
    const answer = await requestAsync({ type: 'create-map', requestId: 'bad', ...(spec === undefined ? {} : { spec }) });
    expect(answer.type).toBe('error');
    if (answer.type !== 'error') return;
    expect(answer.requestId).toBe('bad');
    expect(answer.message).toMatch(expected.message);
    if (expected.field) expect(answer.field).toBe(expected.field);
    expect(fake.handles.board.snapshotPage()).toEqual(before);
    expect(fake.handles.undoCommits).toBe(0);
    expect(fake.handles.notifications.at(-1)).toMatchObject({ options: { error: true } });
  }

  it('outside FigJam', async () => {
    await expectUnchangedAsync({ editorType: 'figma' }, undefined, { message: /FigJam/ });
  });

  it.each([
    ['no stages', { stages: [] }, 'spec.stages'],
    ['200 stages', { stages: Array.from({ length: 200 }, (_, index) => ({ id: `s${index}`, name: `Stage ${index}` })) }, 'spec.stages'],
    ['an empty lane name', { lanes: [{ id: 'a', name: '', kind: 'custom' }] }, 'spec.lanes[0].name'],
    ['duplicate stage ids', { stages: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'spec.stages[1].id'],
  ])('with %s', async (_, change, field) => {
    await expectUnchangedAsync({}, { ...createDefaultSpec(), ...change }, { message: /^Check the map settings/, field });
  });

  it('when a font cannot be loaded', async () => {
    await expectUnchangedAsync({ unavailableFonts: [{ family: 'Inter', style: 'Bold' }] }, undefined, { message: /Inter Bold/ });
  });
});

describe('the built dist/code.js', () => {
  it('answers create-map and draws the default template, run the way Figma runs it', async () => {
    const { fake, requestAsync } = startPluginSession({ bundle: true });
    const answer = await requestAsync({ type: 'create-map', requestId: 'built' });
    expect(answer.type).toBe('map-created');
    expect(nodesWithRole(fake.figma, 'lane')).toHaveLength(6);
    expect(nodesWithRole(fake.figma, 'stage')).toHaveLength(5);
    expect(fake.handles.ui.shown).toMatchObject({ options: { themeColors: true } });
  });
});
