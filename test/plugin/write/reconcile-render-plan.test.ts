import { describe, expect, it } from 'vitest';
import { MAP_STYLE } from '../../../src/core/shared/map-style';
import type { FigJamSceneNode, FigJamSection } from '../../../src/plugin/platform/figjam-api';
import { nodesWithRole, tagOf } from '../board-builders';
import { createMapAsync, dumpBoard } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

/** A map's drawing as plain data, positions relative to the map and without ids, to compare two maps. */
function describeDrawing(node: FigJamSceneNode, mapId: string, depth = 0): unknown {
  const common = {
    type: node.type,
    role: tagOf(node, 'role'),
    laneId: tagOf(node, 'laneId'),
    stageId: tagOf(node, 'stageId'),
    x: depth === 0 ? 0 : node.x,
    y: depth === 0 ? 0 : node.y,
    width: node.width,
    height: node.height,
    locked: node.locked,
    mapId: tagOf(node, 'mapId') === mapId,
  };
  if (node.type === 'SECTION') {
    return { ...common, name: node.name, fills: JSON.stringify(node.fills), children: node.children.map((child) => describeDrawing(child, mapId, depth + 1)) };
  }
  if (node.type === 'SHAPE_WITH_TEXT') {
    const { text } = node;
    return { ...common, shapeType: node.shapeType, fills: JSON.stringify(node.fills), strokes: JSON.stringify(node.strokes), text: [text.characters, text.fontName, text.fontSize, JSON.stringify(text.fills)] };
  }
  if (node.type === 'TEXT') return { ...common, text: [node.characters, node.fontName, node.fontSize, JSON.stringify(node.fills)], textAutoResize: node.textAutoResize };
  return common;
}

function mapSectionOf(session: PluginSession, mapId: string): FigJamSection {
  return nodesWithRole(session.fake.figma, 'map').find((node) => tagOf(node, 'mapId') === mapId) as FigJamSection;
}

async function tidyAsync(session: PluginSession, mapId: string) {
  const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
  if (answer.type !== 'map-tidied') throw new Error(JSON.stringify(answer));
  return answer;
}

describe('one reconciler draws, updates and repairs a map', () => {
  it('tidies a map just drawn without writing a single property or making a node', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session);
    const board = dumpBoard(session.fake);
    session.fake.handles.counts.reset();
    const answer = await tidyAsync(session, mapId);
    const counts = session.fake.handles.counts.snapshot();
    expect(answer.partsRestored).toBe(0);
    expect(counts.writes).toBe(0);
    expect(counts.writesByMember).toEqual({});
    for (const create of ['createSection', 'createShapeWithText', 'createText']) expect(counts.byMember[create] ?? 0).toBe(0);
    expect(dumpBoard(session.fake)).toEqual(board);
  });

  it('draws a style changed in one place the same through create and through tidy', async () => {
    const session = startPluginSession();
    const before = await createMapAsync(session);
    const colors = MAP_STYLE as unknown as Record<string, string>;
    const saved = { ...colors };
    try {
      Object.assign(colors, { mapFill: '#FFF9F0', personaFill: '#F0F0FF', personaCard: '#D0D0FF', stageHeaderFill: '#202060', stageHeaderText: '#FFFFF0', cellFill: '#FAFAFA', cellStroke: '#C0C0C0', text: '#101010', mutedText: '#606060' });
      const after = await createMapAsync(session);
      const drawnAfter = describeDrawing(mapSectionOf(session, after), after);
      expect(describeDrawing(mapSectionOf(session, before), before)).not.toEqual(drawnAfter);
      await tidyAsync(session, before);
      expect(describeDrawing(mapSectionOf(session, before), before)).toEqual(drawnAfter);
    } finally {
      Object.assign(colors, saved);
    }
  });

  it('draws again the parts people removed, and only those', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    const mapId = await createMapAsync(session);
    const drawing = describeDrawing(mapSectionOf(session, mapId), mapId);
    const removed = [
      nodesWithRole(figma, 'title')[0]!,
      nodesWithRole(figma, 'cell').find((cell) => tagOf(cell, 'laneId') === 'thoughts' && tagOf(cell, 'stageId') === 'purchase')!,
      nodesWithRole(figma, 'emotion-scale')[2]!,
      nodesWithRole(figma, 'lane-label')[0]!,
    ];
    for (const node of removed) node.remove();
    const nodesBefore = figma.currentPage.findAll().length;
    session.fake.handles.counts.reset();
    const answer = await tidyAsync(session, mapId);
    expect(answer.partsRestored).toBe(removed.length);
    expect(figma.currentPage.findAll().length).toBe(nodesBefore + removed.length);
    expect(session.fake.handles.undoCommits).toBeGreaterThan(0);
    // Drawn again last in their parents, so compared as sets of parts.
    const sorted = (value: unknown): unknown => {
      const section = value as { children?: unknown[] };
      if (!section.children) return value;
      return { ...section, children: section.children.map(sorted).map((child) => JSON.stringify(child)).sort() };
    };
    expect(sorted(describeDrawing(mapSectionOf(session, mapId), mapId))).toEqual(sorted(drawing));
  });
});
