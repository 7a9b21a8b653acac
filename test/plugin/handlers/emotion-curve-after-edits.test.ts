import { describe, expect, it } from 'vitest';
import { createFailingApi } from '../create-failing-api';
import { curveOf, endpointIds, expectedY, stageCentreX } from '../emotion-curve-nodes';
import { rectCenter } from '../../../src/core/shared/geometry';
import type { ImportedJourney } from '../../../src/core/import/journey-import-schema';
import { TAG_KEYS } from '../../../src/core/board/map-tags';
import { createDefaultSpec } from '../../../src/core/template/presets';
import type { TemplateSpec } from '../../../src/core/template/template-spec';
import type { FigJamApi } from '../../../src/plugin/platform/figjam-api';
import { handleImportMapAsync } from '../../../src/plugin/handlers/handle-import-map-async';
import { handleUpdateMapAsync } from '../../../src/plugin/handlers/handle-update-map-async';
import { addNoteAsync, boundsOf, cellRect, laneSection, nodesWithRole, tagOf } from '../board-builders';
import { createMapAsync, dumpBoard } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';


/** The curve runs through the centre of each scored stage, at its score's height, each dot joined to the next. */
function expectCurveThrough(figma: FigJamApi, scores: ReadonlyArray<[string, number]>): void {
  const { dots, connectors } = curveOf(figma);
  const band = boundsOf(laneSection(figma, 'emotions'));
  const expected = [...scores].sort(([a], [b]) => stageCentreX(figma, a) - stageCentreX(figma, b));
  expect(dots.map((dot) => tagOf(dot, TAG_KEYS.stageId))).toEqual(expected.map(([stageId]) => stageId));
  expect(dots.map((dot) => rectCenter(boundsOf(dot)))).toEqual(expected.map(([stageId, score]) => ({ x: stageCentreX(figma, stageId), y: expectedY(band, score) })));
  for (const dot of dots) expect(dot.parent?.id).toBe(laneSection(figma, 'emotions').id);
  expect(connectors.map(endpointIds).sort()).toEqual(dots.slice(1).map((dot, index) => [dots[index]!.id, dot.id]).sort());
}

async function addEmotionNoteAsync(session: PluginSession, stageId: string, text: string) {
  const figma = session.fake.figma;
  const cell = cellRect(figma, 'emotions', stageId);
  return addNoteAsync(figma, { text, x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, 'emotions') });
}

async function mapWithCurveAsync(session: PluginSession): Promise<string> {
  const mapId = await createMapAsync(session);
  await addEmotionNoteAsync(session, 'awareness', '+2');
  await addEmotionNoteAsync(session, 'purchase', '-1');
  await addEmotionNoteAsync(session, 'advocacy', '+1');
  const drawn = await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve', mapId });
  expect(drawn).toMatchObject({ type: 'emotion-curve-drawn', points: 3 });
  return mapId;
}

const SCORES: Array<[string, number]> = [['awareness', 2], ['purchase', -1], ['advocacy', 1]];

describe('the emotion curve through map edits', () => {
  it('is drawn again through the new stage centres when stages are renamed, reordered and added', async () => {
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    const mapId = await mapWithCurveAsync(session);
    const old = curveOf(figma).all;
    const undoBefore = handles.undoCommits;
    const spec = createDefaultSpec();
    const stages = [...spec.stages].reverse().map((stage) => (stage.id === 'purchase' ? { ...stage, name: 'Buying' } : stage));
    stages.splice(1, 0, { id: 'onboarding', name: 'Onboarding' });
    const next: TemplateSpec = { ...spec, stages };

    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: next });
    expect(answer.type).toBe('map-updated');
    expect(handles.undoCommits).toBe(undoBefore + 1);
    for (const node of old) expect(node.removed).toBe(true);
    expect(curveOf(figma).all).toHaveLength(old.length);
    expectCurveThrough(figma, SCORES);
  });

  it('is kept by a tidy that puts it back where it was, redrawn when a score changed, dropped with its only stage', async () => {
    const session = startPluginSession();
    const { figma } = session.fake;
    const mapId = await mapWithCurveAsync(session);
    const old = curveOf(figma).all;
    const emotions = laneSection(figma, 'emotions');
    emotions.resizeWithoutConstraints(emotions.width, emotions.height + 300);
    nodesWithRole(figma, 'stage')[2]!.x += 150;

    // The grid goes back, and with it every stage centre and score height: the curve on the board is still right.
    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(tidied).toMatchObject({ type: 'map-tidied' });
    expect(curveOf(figma).all.map((node) => node.id).sort()).toEqual(old.map((node) => node.id).sort());
    expectCurveThrough(figma, SCORES);

    const purchase = figma.currentPage.findAll((node) => node.type === 'STICKY' && node.text.characters === '-1')[0]!;
    if (purchase.type !== 'STICKY') throw new Error('A sticky');
    purchase.text.characters = '-2';
    await session.requestAsync({ type: 'tidy-map', requestId: 'tidy-again', mapId });
    for (const node of old) expect(node.removed).toBe(true);
    expect(curveOf(figma).all).toHaveLength(old.length);
    expectCurveThrough(figma, [['awareness', 2], ['purchase', -2], ['advocacy', 1]]);

    const spec = createDefaultSpec();
    const keep = spec.stages.filter((stage) => stage.id !== 'awareness' && stage.id !== 'advocacy');
    const updated = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: { ...spec, stages: keep }, keepNotesBeside: true });
    expect(updated.type).toBe('map-updated');
    expect(curveOf(figma).connectors).toHaveLength(0);
    expectCurveThrough(figma, [['purchase', -2]]);
  });

  it('draws none when the map had none', async () => {
    const session = startPluginSession();
    const mapId = await createMapAsync(session);
    await addEmotionNoteAsync(session, 'awareness', '+2');
    await addEmotionNoteAsync(session, 'purchase', '-1');
    const spec = createDefaultSpec();
    const answer = await session.requestAsync({ type: 'update-map', requestId: 'update', mapId, spec: { ...spec, stages: [...spec.stages].reverse() } });
    expect(answer.type).toBe('map-updated');
    expect(curveOf(session.fake.figma).all).toHaveLength(0);
    await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(curveOf(session.fake.figma).all).toHaveLength(0);
  });

  it('is drawn again by a re-import, through the scores of the notes it added', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Feelings',
      source: { mapId: 'feelings-1' },
      lanes: [
        { id: 'actions', name: 'Actions', kind: 'actions' },
        { id: 'emotions', name: 'Emotions', kind: 'emotions' },
      ],
      stages: [
        { id: 'find', name: 'Find', lanes: { actions: [{ text: 'Searches' }], emotions: [{ text: '+2' }] } },
        { id: 'buy', name: 'Buy', lanes: { actions: [{ text: 'Pays' }] } },
      ],
    };
    const session = startPluginSession();
    const { figma } = session.fake;
    const first = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
    if (first.type !== 'map-imported') throw new Error(JSON.stringify(first));
    await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve', mapId: first.mapId });
    expectCurveThrough(figma, [['find', 2]]);
    const old = curveOf(figma).all;

    const second = structuredClone(journey);
    second.stages[1]!.lanes.emotions = [{ text: '-2' }];
    second.stages.push({ id: 'use', name: 'Use', lanes: { emotions: [{ text: '+1' }] } });
    const again = await session.requestAsync({ type: 'import-map', requestId: 'again', journey: second });
    expect(again).toMatchObject({ type: 'map-imported', updated: true, notesAdded: 2 });
    for (const node of old) expect(node.removed).toBe(true);
    expectCurveThrough(figma, [['find', 2], ['buy', -2], ['use', 1]]);
  });
});

describe('the emotion curve when the edit fails', () => {
  it('leaves the board as it was, old curve included, when the new curve cannot be drawn', async () => {
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    const mapId = await mapWithCurveAsync(session);
    const board = dumpBoard(session.fake);
    const undoBefore = handles.undoCommits;
    const { api: failing } = createFailingApi(figma, 'createConnector', 'Connector refused');
    const spec = createDefaultSpec();
    // Reversed stages move every dot, so the curve must be drawn anew, and that fails.
    const next = { ...spec, stages: [...spec.stages].reverse() };
    await expect(handleUpdateMapAsync(failing, { type: 'update-map', requestId: 'update', mapId, spec: next })).rejects.toThrow('Connector refused');
    expect(dumpBoard(session.fake)).toEqual(board);
    expect(handles.undoCommits).toBe(undoBefore);
  });

  it('takes back the notes a re-import drew when the curve after them cannot be drawn', async () => {
    const journey: ImportedJourney = {
      schemaVersion: 1,
      title: 'Feelings',
      source: { mapId: 'feelings-2' },
      lanes: [{ id: 'emotions', name: 'Emotions', kind: 'emotions' }],
      stages: [
        { id: 'find', name: 'Find', lanes: { emotions: [{ text: '+2' }] } },
        { id: 'buy', name: 'Buy', lanes: { emotions: [{ text: '-1' }] } },
      ],
    };
    const session = startPluginSession();
    const { figma, handles } = session.fake;
    const first = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
    if (first.type !== 'map-imported') throw new Error(JSON.stringify(first));
    await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve', mapId: first.mapId });
    const board = dumpBoard(session.fake);
    const undoBefore = handles.undoCommits;
    const { api: failing } = createFailingApi(figma, 'createConnector', 'Connector refused');
    const second = structuredClone(journey);
    second.stages[1]!.lanes.emotions!.push({ text: 'Angry', votes: 2 });
    second.stages.push({ id: 'use', name: 'Use', lanes: { emotions: [{ text: '+1' }] } });
    const answer = await handleImportMapAsync(failing, { type: 'import-map', requestId: 'again', journey: second }, () => undefined).catch((error: unknown) => error);
    expect(String(answer)).toContain('Connector refused');
    expect(dumpBoard(session.fake)).toEqual(board);
    expect(handles.undoCommits).toBe(undoBefore);
  });
});
