import { describe, expect, it } from 'vitest';
import { TAG_KEYS } from '../../../src/core/board/map-tags';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { RENDER_KEYS } from '../../../src/core/template/render-plan';
import type { FigJamSceneNode } from '../../../src/plugin/platform/figjam-api';
import { addNoteAsync, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { contextSpec, textOf } from '../context-board';
import { createMapAsync, dumpBoard } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';

const LOOK_ROLES = ['title-detail', 'state-badge', 'stage-description', 'emotion-guide', 'legend', 'how-to'] as const;

describe('the look of a map on the fake', () => {
  it('draws the title area, stage description, emotion guides, legend and how-to, each tagged with its key', async () => {
    const session = startPluginSession();
    await createMapAsync(session, contextSpec());
    const { figma } = session.fake;
    expect(nodesWithRole(figma, 'title-detail').map(textOf)).toEqual(['Buying a winter jacket online  ·  Web shop squad  ·  March 2026']);
    expect(nodesWithRole(figma, 'state-badge').map(textOf)).toEqual(['Current state']);
    expect(nodesWithRole(figma, 'stage-description').map(textOf)).toEqual(['Weeks before, on social media']);
    const guides = nodesWithRole(figma, 'emotion-guide');
    expect(guides).toHaveLength(5);
    expect(guides.every((guide) => guide.parent?.id === laneSection(figma, 'emotions').id && guide.locked)).toBe(true);
    expect(nodesWithRole(figma, 'legend').map(textOf)).toContain('Legend');
    expect(nodesWithRole(figma, 'how-to').map(textOf)).toContain('How to use this board (60 minutes)');
    for (const role of LOOK_ROLES) {
      for (const node of nodesWithRole(figma, role)) expect(tagOf(node, TAG_KEYS.partKey)).not.toBe('');
    }
  });

  it('redraws the parts of the look people deleted, once each, and leaves a tidied map as it is', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const { figma } = session.fake;
    const byKey = (key: string) => figma.currentPage.findAll((node) => tagOf(node, TAG_KEYS.partKey) === key);
    const deleted = [RENDER_KEYS.stateBadge, RENDER_KEYS.titleDetail, RENDER_KEYS.legendHeading, RENDER_KEYS.howTo, RENDER_KEYS.emotionGuide('emotions', 0)];
    for (const key of deleted) byKey(key)[0]!.remove();
    const answer = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(answer).toMatchObject({ type: 'map-tidied', partsRestored: deleted.length });
    for (const key of deleted) expect(byKey(key)).toHaveLength(1);
    const board = dumpBoard(session.fake);
    const again = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy-2', mapId });
    expect(again).toMatchObject({ type: 'map-tidied', partsRestored: 0, notesMoved: 0 });
    expect(dumpBoard(session.fake)).toEqual(board);
  });

  it('puts a redrawn panel background under its text, and a redrawn cell under the notes on it', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const { figma } = session.fake;
    const byKey = (key: string) => figma.currentPage.findAll((node) => tagOf(node, TAG_KEYS.partKey) === key)[0]!;
    const cell = cellRect(figma, 'thoughts', 'purchase');
    const note = await addNoteAsync(figma, { text: 'Is it waterproof?', x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, 'thoughts') });
    byKey(RENDER_KEYS.legend).remove();
    nodesWithRole(figma, 'cell').find((node) => tagOf(node, TAG_KEYS.stageId) === 'purchase' && node.parent?.id === laneSection(figma, 'thoughts').id)!.remove();
    await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    const order = (parent: FigJamSceneNode & { children: readonly FigJamSceneNode[] }, id: string) => parent.children.findIndex((child) => child.id === id);
    const map = byKey(RENDER_KEYS.legend).parent as FigJamSceneNode & { children: readonly FigJamSceneNode[] };
    expect(order(map, byKey(RENDER_KEYS.legend).id)).toBeLessThan(order(map, byKey(RENDER_KEYS.legendHeading).id));
    const lane = laneSection(figma, 'thoughts');
    const redrawnCell = nodesWithRole(figma, 'cell').find((node) => tagOf(node, TAG_KEYS.stageId) === 'purchase' && node.parent?.id === lane.id)!;
    expect(order(lane, redrawnCell.id)).toBeLessThan(order(lane, note.id));
  });

  it('adds no legend or how-to to a map whose spec does not ask for them, as maps drawn before they existed', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, createDefaultSpec());
    const { figma } = session.fake;
    await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(nodesWithRole(figma, 'legend')).toHaveLength(0);
    expect(nodesWithRole(figma, 'how-to')).toHaveLength(0);
    expect(nodesWithRole(figma, 'state-badge')).toHaveLength(0);
    // The guides belong to the emotion lane's look, on every map.
    expect(nodesWithRole(figma, 'emotion-guide')).toHaveLength(5);
  });

  it('never exports a guide line, a panel or the title area as a note', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session, contextSpec());
    const { figma } = session.fake;
    const cell = cellRect(figma, 'emotions', 'purchase');
    await addNoteAsync(figma, { text: '-1 the form lost my address', x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, 'emotions') });
    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export', mapId });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const { journey } = answer;
    expect(journey.summary.counts.notes).toBe(1);
    expect(journey.unplaced).toEqual([]);
    expect(journey.stages.find((stage) => stage.id === 'purchase')!.lanes['emotions']!.map((note) => note.text)).toEqual(['-1 the form lost my address']);
    expect(journey.stages[0]!.description).toBe('Weeks before, on social media');
    expect(journey.state).toBe('current');
  });
});
