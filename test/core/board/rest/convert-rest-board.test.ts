import type { StickyNode } from '@figma/rest-api-spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assembleMapSnapshots } from '../../../../src/core/board/assemble-map-snapshots';
import { computeJourney } from '../../../../src/core/journey/compute-journey';
import { placeNotes } from '../../../../src/core/placement/place-notes';
import { JourneySchema } from '../../../../src/core/journey/journey-schema';
import { convertRestBoard } from '../../../../src/core/board/rest/convert-rest-board';
import type { RestNode } from '../../../../src/core/board/rest/rest-file-schema';
import { RestFileSchema, RestNodeFieldsSchema } from '../../../../src/core/board/rest/rest-file-schema';
import { createPage, createRestFile, createSection, createStamp, createSticky, STICKY_COLORS } from '../../../fixtures/rest/rest-builders';
import { createPluginMapBoard, createTwoMapBoard } from '../../../fixtures/rest/rest-boards';

const context = { exportedAt: '2026-11-22T10:00:00.000Z', pluginVersion: '0.1.0', page: 'Workshop', via: 'rest' as const };

describe('REST file schema', () => {
  it('accepts the REST spec types it reads', () => {
    expectTypeOf<Omit<StickyNode, 'sharedPluginData' | 'fills'>>().toExtend<Omit<RestNode, 'sharedPluginData' | 'fills' | 'children'>>();
  });

  it('lets unknown node types and fields through, and names the path of a field it relies on', () => {
    const file = createRestFile('Board', [createPage('0:1', 'Page 1', [createStamp('s', '+1', { x: 0, y: 0 })])]);
    expect(RestFileSchema.safeParse(file).success).toBe(true);
    const broken = JSON.parse(JSON.stringify(file)) as { document: { children: Array<{ children: Array<{ id?: unknown }> }> } };
    delete broken.document.children[0]!.children[0]!.id;
    const result = RestFileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['document', 'children', 0, 'children', 0, 'id']);
  });
});

describe('REST node check', () => {
  // Every field the schema reads, right and wrong: the hand-written check must give the schema's verdict on each.
  const sticky = { id: '1:2', name: 'Note', type: 'STICKY', visible: true, characters: 'Slow', absoluteBoundingBox: { x: 0, y: 0, width: 240, height: 240 } };
  const variants: Array<[string, Record<string, unknown>]> = [
    ['a sticky', sticky],
    ['no id', { ...sticky, id: undefined }],
    ['a number for id', { ...sticky, id: 12 }],
    ['a number for type', { ...sticky, type: 3 }],
    ['a null name', { ...sticky, name: null }],
    ['a string for visible', { ...sticky, visible: 'yes' }],
    ['a number for characters', { ...sticky, characters: 5 }],
    ['a null box', { ...sticky, absoluteBoundingBox: null }],
    ['a box without height', { ...sticky, absoluteBoundingBox: { x: 0, y: 0, width: 1 } }],
    ['a box with a string', { ...sticky, absoluteBoundingBox: { x: '0', y: 0, width: 1, height: 1 } }],
    ['fills', { ...sticky, fills: [{ type: 'SOLID', visible: true, color: { r: 1, g: 0.9, b: 0.5, a: 1 } }] }],
    ['a fill without type', { ...sticky, fills: [{ color: { r: 1, g: 1, b: 1 } }] }],
    ['a fill colour without blue', { ...sticky, fills: [{ type: 'SOLID', color: { r: 1, g: 1 } }] }],
    ['a fill colour with a string alpha', { ...sticky, fills: [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: '1' } }] }],
    ['fills as an object', { ...sticky, fills: { type: 'SOLID' } }],
    ['other plugins\' data', { ...sticky, sharedPluginData: { other: { anything: 1 } } }],
    ['our tags', { ...sticky, sharedPluginData: { journeylanes: { role: 'note' } } }],
    ['our tags with a number', { ...sticky, sharedPluginData: { journeylanes: { role: 1 } } }],
    ['plugin data as a string', { ...sticky, sharedPluginData: 'x' }],
    ['an array for a node', [sticky] as unknown as Record<string, unknown>],
  ];

  it.each(variants)('gives the schema\'s verdict on a node with %s, and the fields it reads', (_, node) => {
    const file = { name: 'Board', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', children: [node] }] } };
    const expected = RestNodeFieldsSchema.safeParse(node);
    const parsed = RestFileSchema.safeParse(file);
    expect(parsed.success).toBe(expected.success);
    if (expected.success) expect(parsed.data!.document.children[0]!.children![0]).toEqual(expected.data);
  });
});

describe('convertRestBoard', () => {
  it('reads a drawn map into the tagged nodes and notes the plugin reads', () => {
    const [page] = convertRestBoard(RestFileSchema.parse(createPluginMapBoard()));
    expect(page!.name).toBe('Workshop');
    const roles = page!.tagged.map((node) => node.role);
    expect(roles.filter((role) => role === 'map')).toHaveLength(1);
    expect(roles.filter((role) => role === 'stage')).toHaveLength(5);
    expect(roles.filter((role) => role === 'lane')).toHaveLength(6);
    // Cells and instructions are read for their lane and stage alone, to say which are missing; labels not at all.
    expect(roles.filter((role) => role === 'cell')).toHaveLength(30);
    expect(roles.filter((role) => role === 'instruction')).toHaveLength(6);
    expect(roles).not.toContain('lane-label');
    expect(page!.tagged.find((node) => node.role === 'cell')).toMatchObject({ laneId: 'touchpoints', stageId: 'awareness' });
    const map = page!.tagged.find((node) => node.role === 'map')!;
    expect(JSON.parse(map.spec!)).toMatchObject({ title: 'Customer journey map' });
    const lane = page!.tagged.find((node) => node.role === 'lane')!;
    expect(lane.parentId).toBe(map.id);
    expect(lane.laneId).toBe('touchpoints');
    expect(page!.notes.map((note) => note.id).sort()).toEqual(['n:1', 'n:2', 'n:3', 'n:4']);
    const painPoint = page!.notes.find((note) => note.id === 'n:3')!;
    expect(painPoint).toMatchObject({ color: 'Red', author: null, parentId: map.id, stamps: ['+1', 'heart'] });
  });

  it('gives the same journey as the core does for the plugin: notes in cells, votes counted', () => {
    const [page] = convertRestBoard(RestFileSchema.parse(createPluginMapBoard()));
    const { maps, problems } = assembleMapSnapshots(page!.tagged, page!.notes);
    expect(problems).toEqual([]);
    const journey = JourneySchema.parse(computeJourney(maps[0]!, placeNotes(maps[0]!), { ...context, mapKind: 'tagged' }));
    expect(journey.stages.find((stage) => stage.id === 'purchase')!.lanes.painPoints!.map((note) => [note.text, note.votes])).toEqual([
      ['Checkout asks for an account', 2],
    ]);
    expect(journey.stages[0]!.lanes.touchpoints!.map((note) => note.text)).toEqual(['Sees an ad on Instagram']);
    expect(journey.unplaced).toEqual([]);
  });

  it('reads two maps on a page apart', () => {
    const [page] = convertRestBoard(RestFileSchema.parse(createTwoMapBoard()));
    const { maps } = assembleMapSnapshots(page!.tagged, page!.notes);
    expect(maps.map((map) => map.title)).toEqual(['Current state', 'Future state']);
  });

  it('counts each stamp once, on the note it overlaps most, skips hidden nodes, and keeps the nearest section', () => {
    const inner = createSticky('a', 'A', { x: 0, y: 0 }, STICKY_COLORS.blue);
    const hidden = { ...createSticky('h', 'Hidden', { x: 600, y: 0 }), visible: false };
    const file = createRestFile('Board', [
      createPage('0:1', 'P', [
        createSection('sec', 'Ideas', { x: -100, y: -100, width: 1000, height: 600 }, [inner, hidden]),
        createSticky('b', 'B', { x: 200, y: 0 }),
        createStamp('s1', 'thumbs up', { x: 210, y: 10 }),
        createStamp('s2', '+1', { x: 5000, y: 5000 }),
      ]),
    ]);
    const [page] = convertRestBoard(RestFileSchema.parse(file));
    expect(page!.notes.map((note) => [note.id, note.parentId, note.color, note.stamps])).toEqual([
      ['a', 'sec', 'Blue', []],
      ['b', null, 'Yellow', ['thumbs up']],
    ]);
    expect(page!.nodes.map((node) => node.id)).toEqual(['sec', 'a', 'b']);
  });
});
