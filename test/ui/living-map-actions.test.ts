import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UiToSandbox } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { CopyEnvironment } from '../../ui/io/copy-text';
import type { DownloadEnvironment } from '../../ui/io/download-text';
import { createAppActions } from '../../ui/state/create-app-actions';
import { importMapAsync, readImportFileAsync, setImportText } from '../../ui/state/import-actions';
import { removeLane } from '../../ui/state/lane-editing';
import { computeDuplicateTitle, drawEmotionCurveAsync, duplicateMapAsync, setDuplicateTitle, tidyMapAsync } from '../../ui/state/map-actions';
import {
  applyMapChangesAsync,
  cancelMapUpdate,
  confirmMapUpdateAsync,
  editMapDraft,
  followChosenMapAsync,
} from '../../ui/state/map-edit-actions';
import { addStage, describeStage, removeStage, renameStage } from '../../ui/state/stage-editing';
import { createFakeTransport, createPanelHarness } from './fake-sandbox';
import { createJourneyFixture } from './journey-fixture';
import { createDrawnSpec } from './living-map-fixture';

const setup = createPanelHarness;

const root = path.resolve(__dirname, '../..');

const map = (mapId: string, title = `Map ${mapId}`, selected = false) => ({ mapId, nodeId: `node-${mapId}`, title, kind: 'tagged' as const, selected });

/** Lets the awaited answers run, as the event loop would between two messages. */
const settleAsync = () => new Promise((resolve) => setTimeout(resolve, 0));

function lastPosted(fake: ReturnType<typeof createFakeTransport>): UiToSandbox {
  return fake.posted[fake.posted.length - 1]!;
}

describe('the menu command', () => {
  it.each([
    ['import', 'import'],
    ['edit', 'edit'],
    ['export', 'export'],
    ['create', 'create'],
  ] as const)('%s opens the %s tab', (command, tab) => {
    const { fake, state } = setup();
    fake.deliver({ type: 'init', editorType: 'figjam', command, pluginVersion: '0.1.0', maps: [] });
    expect(state.activeTab.value).toBe(tab);
  });
});

describe('importing a journey', () => {
  it('says how many names were shortened to fit when the sandbox fitted some', async () => {
    const { fake, channel, state } = setup();
    setImportText(state, JSON.stringify(createJourneyFixture()));
    const done = importMapAsync(state, channel);
    fake.deliver({ type: 'map-imported', requestId: 'r1', mapId: 'm9', nodeId: '9:1', updated: false, notesAdded: 9, notesKept: 0, namesFitted: 2 });
    await settleAsync();
    fake.deliver({ type: 'maps-listed', requestId: 'r2', maps: [map('m9', 'Sarah buys a jacket')] });
    await done;
    expect(state.importStatus.value).toEqual({ tone: 'success', text: `${USER_MESSAGES.mapImported(9)}. ${USER_MESSAGES.namesFitted(2)}` });
  });

  it('sends the parsed journey, shows progress, then says a map was drawn and chooses it', async () => {
    const { fake, channel, state } = setup();
    const journey = createJourneyFixture();
    setImportText(state, JSON.stringify(journey, null, 2));
    const done = importMapAsync(state, channel);
    expect(fake.posted).toEqual([{ type: 'import-map', requestId: 'r1', journey }]);
    expect(state.isImporting.value).toBe(true);
    fake.deliver({ type: 'progress', requestId: 'r1', phase: 'Drawing notes', done: 2000, total: 5000 });
    expect(state.importProgress.value).toMatchObject({ done: 2000, total: 5000 });
    fake.deliver({ type: 'map-imported', requestId: 'r1', mapId: 'm9', nodeId: '9:1', updated: false, notesAdded: 9, notesKept: 0 });
    await settleAsync();
    expect(lastPosted(fake)).toEqual({ type: 'list-maps', requestId: 'r2' });
    fake.deliver({ type: 'maps-listed', requestId: 'r2', maps: [map('m1'), map('m9', 'Sarah buys a jacket')] });
    await done;
    expect(state.importStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapImported(9) });
    expect(state.selectedMap.value?.mapId).toBe('m9');
    expect(state.isImporting.value).toBe(false);
    expect(state.importProgress.value).toBeNull();
  });

  it('says when an earlier import\'s map was updated, with both counts', async () => {
    const { fake, channel, state } = setup();
    setImportText(state, '{"schemaVersion": 1}');
    const done = importMapAsync(state, channel);
    fake.deliver({ type: 'map-imported', requestId: 'r1', mapId: 'm1', nodeId: '1:1', updated: true, notesAdded: 3, notesKept: 12 });
    await settleAsync();
    fake.deliver({ type: 'maps-listed', requestId: 'r2', maps: [map('m1')] });
    await done;
    expect(state.importStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapImportUpdated(3, 12) });
  });

  it('sends nothing for text that is not JSON and says where it stops being JSON', async () => {
    const { fake, channel, state } = setup();
    setImportText(state, '{\n  "title": "Checkout",\n  "stages": [1, 2,]\n}');
    await importMapAsync(state, channel);
    expect(fake.posted).toEqual([]);
    expect(state.importStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.importNotJson(3, 19) });
    setImportText(state, '   ');
    await importMapAsync(state, channel);
    expect(fake.posted).toEqual([]);
    expect(state.importStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.importEmpty });
  });

  it('lists every problem the sandbox found, and clears them once the text changes', async () => {
    const { fake, channel, state } = setup();
    setImportText(state, '{"schemaVersion": 2}');
    const done = importMapAsync(state, channel);
    const problems = ['schemaVersion: expected 1', 'stages[2].lanes.painPoints[0].text: expected string', 'title: expected string'];
    fake.deliver({ type: 'error', requestId: 'r1', message: 'The journey has 3 problems. Nothing was drawn.', problems });
    await done;
    expect(state.importStatus.value).toEqual({ tone: 'error', text: 'The journey has 3 problems. Nothing was drawn.' });
    expect(state.importProblems.value).toEqual(problems);
    setImportText(state, '{"schemaVersion": 1}');
    expect(state.importProblems.value).toEqual([]);
    expect(state.importStatus.value).toBeNull();
  });

  it('lists the problems as a person reads them, each with its path beside it, when the sandbox says them so', async () => {
    const { fake, channel, state } = setup();
    setImportText(state, '{"schemaVersion": 1}');
    const done = importMapAsync(state, channel);
    const issues = [{ place: 'Stage 3 › Pain points › note 1', message: 'the text must be text, not a number', path: 'stages[2].lanes.painPoints[0].text' }];
    fake.deliver({ type: 'error', requestId: 'r1', message: 'The journey has 1 problem. Nothing was drawn.', problems: ['stages[2].lanes.painPoints[0].text: expected string'], issues });
    await done;
    expect(state.importProblems.value).toEqual(['Stage 3 › Pain points › note 1: the text must be text, not a number (stages[2].lanes.painPoints[0].text)']);
  });

  it('puts a chosen file\'s text in the box, and says when it cannot be read', async () => {
    const { state } = setup();
    await readImportFileAsync(state, { name: 'journey.json', text: async () => '{"a": 1}' });
    expect(state.importText.value).toBe('{"a": 1}');
    expect(state.importStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.importFileRead('journey.json') });
    await readImportFileAsync(state, { name: 'broken.json', text: () => Promise.reject(new Error('gone')) });
    expect(state.importText.value).toBe('{"a": 1}');
    expect(state.importStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.importFileUnreadable('broken.json') });
  });

  it('refuses a file that is not text before it reaches the box, which keeps what it held', async () => {
    const { state } = setup();
    setImportText(state, '{"schemaVersion": 1}');
    // A real binary file, read as a browser's File.text() reads it: bytes decoded as UTF-8.
    const bytes = await readFile(path.join(root, 'docs/images/panel.png'));
    await readImportFileAsync(state, { name: 'panel.png', text: async () => new TextDecoder().decode(bytes) });
    expect(state.importText.value).toBe('{"schemaVersion": 1}');
    expect(state.importStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.importFileNotText('panel.png') });
    const schema = await readFile(path.join(root, 'schema/journey-v1.schema.json'), 'utf8');
    await readImportFileAsync(state, { name: 'journey-v1.schema.json', text: async () => schema });
    expect(state.importText.value).toBe(schema);
  });

  it('selects where the text stops being JSON, anew at each attempt', async () => {
    const { channel, fake, state } = setup();
    setImportText(state, '{\n  "schemaVersion": 1,,\n}');
    await importMapAsync(state, channel);
    const first = state.importErrorPlace.value;
    expect(first).toEqual({ offset: 23 });
    await importMapAsync(state, channel);
    expect(state.importErrorPlace.value).toEqual(first);
    expect(state.importErrorPlace.value).not.toBe(first);
    expect(fake.posted).toEqual([]);
  });
});

/** A panel with map m1 chosen and its spec read: stage "buy" holds 4 notes, lane "fees" 2. */
async function setupWithMapRead() {
  const context = setup();
  const { fake, channel, state } = context;
  fake.deliver({ type: 'init', editorType: 'figjam', command: 'create', pluginVersion: '0.1.0', maps: [map('m1', 'Checkout today')] });
  const read = followChosenMapAsync(state, channel);
  expect(lastPosted(fake)).toMatchObject({ type: 'read-map-spec', mapId: 'm1' });
  fake.deliver({
    type: 'map-spec',
    requestId: fake.lastRequestId(),
    mapId: 'm1',
    spec: createDrawnSpec(),
    notesByStage: { discover: 1, buy: 4, use: 0 },
    notesByLane: { touchpoints: 3, fees: 2, emotions: 0 },
  });
  await read;
  return context;
}

type Fake = ReturnType<typeof createFakeTransport>;

const DRAWN_COUNTS = { notesByStage: { discover: 1, buy: 4, use: 0 }, notesByLane: { touchpoints: 3, fees: 2, emotions: 0 } };

/** Answers the panel's read of map m1 with the map as it is on the board. */
function answerMapSpec(fake: Fake, spec = createDrawnSpec(), counts = DRAWN_COUNTS) {
  expect(lastPosted(fake)).toMatchObject({ type: 'read-map-spec', mapId: 'm1' });
  fake.deliver({ type: 'map-spec', requestId: fake.lastRequestId(), mapId: 'm1', spec, ...counts });
}

/** Presses Apply and answers the read it starts first, so that the update is the last message posted. */
async function applyAsync(context: { fake: Fake; channel: Parameters<typeof applyMapChangesAsync>[1]; state: Parameters<typeof applyMapChangesAsync>[0] }, board = createDrawnSpec()) {
  const done = applyMapChangesAsync(context.state, context.channel);
  answerMapSpec(context.fake, board);
  await settleAsync();
  return { done };
}

describe('editing the chosen map', () => {
  it('reads the chosen map once, and keeps changes not applied when another map is chosen', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    expect(state.mapEdit.value?.notesByStage.buy).toBe(4);
    expect(state.mapDraft.value?.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy', 'Use']);
    const sent = fake.posted.length;
    await followChosenMapAsync(state, channel);
    expect(fake.posted.length).toBe(sent);
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    fake.deliver({ type: 'selection-changed', maps: [map('m1', 'Checkout today'), map('m2', 'Other', true)] });
    await followChosenMapAsync(state, channel);
    expect(fake.posted.length).toBe(sent);
    expect(state.mapEdit.value?.mapId).toBe('m1');
  });

  it('says there is nothing to apply before any change, and sends nothing', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    const sent = fake.posted.length;
    await applyMapChangesAsync(state, channel);
    expect(fake.posted.length).toBe(sent);
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.nothingToApply });
  });

  it('sends nothing while a row is wrong, and marks that row', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    const sent = fake.posted.length;
    const key = state.mapDraft.value!.stages[1]!.key;
    editMapDraft(state, (draft) => renameStage(draft, key, ' '));
    await applyMapChangesAsync(state, channel);
    expect(fake.posted.length).toBe(sent);
    expect(state.mapDraftErrors.value).toEqual({ [`stage:${key}`]: 'Must not be empty' });
    expect(state.mapEditStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.fixFieldsToApply(1) });
  });

  it('applies an edit with the ids kept, then reads the map again for fresh counts', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => addStage(renameStage(draft, draft.stages[2]!.key, 'Keep using'), 'Return'));
    const { done } = await applyAsync(context);
    const request = lastPosted(fake);
    expect(request).toMatchObject({ type: 'update-map', mapId: 'm1' });
    if (request.type !== 'update-map') return;
    expect(request.keepNotesBeside).toBeUndefined();
    expect((request.spec as { stages: unknown }).stages).toEqual([
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Buy' },
      { id: 'use', name: 'Keep using' },
      { id: 'return', name: 'Return' },
    ]);
    fake.deliver({ type: 'map-updated', requestId: request.requestId, mapId: 'm1', notesMoved: 0, notesKeptBeside: 0 });
    await settleAsync();
    expect(lastPosted(fake)).toMatchObject({ type: 'read-map-spec', mapId: 'm1' });
    const updated = { ...createDrawnSpec(), stages: (request.spec as ReturnType<typeof createDrawnSpec>).stages };
    fake.deliver({ type: 'map-spec', requestId: fake.lastRequestId(), mapId: 'm1', spec: updated, notesByStage: { buy: 4 }, notesByLane: {} });
    await done;
    expect(state.mapEditStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapUpdated(0, 0) });
    expect(state.mapEdit.value?.spec.stages).toHaveLength(4);
    expect(state.hasMapChanges.value).toBe(false);
  });

  it('asks before removing parts that hold notes, and resends the same update only when confirmed', async () => {
    const context = await setupWithMapRead();
    const { fake, channel, state } = context;
    editMapDraft(state, (draft) => removeLane(removeStage(draft, draft.stages[1]!.key), draft.lanes[1]!.key));
    const { done } = await applyAsync(context);
    const first = lastPosted(fake);
    if (first.type !== 'update-map') throw new Error(`Sent ${first.type}`);
    fake.deliver({ type: 'update-needs-confirmation', requestId: first.requestId, mapId: 'm1', notes: 6, stages: ['buy'], lanes: ['fees'] });
    await done;
    expect(state.pendingConfirmation.value).toMatchObject({ notes: 6, stages: ['Buy'], lanes: ['Fees'] });
    expect(state.mapEditStatus.value).toBeNull();

    const confirmed = confirmMapUpdateAsync(state, channel);
    const second = lastPosted(fake);
    expect(second).toEqual({ ...first, requestId: second.type === 'update-map' ? second.requestId : '', keepNotesBeside: true });
    expect(state.pendingConfirmation.value).toBeNull();
    fake.deliver({ type: 'map-updated', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 0, notesKeptBeside: 6 });
    await settleAsync();
    fake.deliver({ type: 'map-spec', requestId: fake.lastRequestId(), mapId: 'm1', spec: createDrawnSpec(), notesByStage: {}, notesByLane: {} });
    await confirmed;
    expect(state.mapEditStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapUpdated(0, 6) });
  });

  it('shows how far Apply is, as the sandbox reports it', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    const { done } = await applyAsync(context);
    const request = lastPosted(fake);
    fake.deliver({ type: 'progress', requestId: request.type === 'update-map' ? request.requestId : '', phase: USER_MESSAGES.movingNotes, done: 0, total: 12 });
    expect(state.mapEditProgress.value).toMatchObject({ phase: USER_MESSAGES.movingNotes, total: 12 });
    fake.deliver({ type: 'map-updated', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 12, notesKeptBeside: 0 });
    await settleAsync();
    expect(state.mapEditProgress.value).toBeNull();
    answerMapSpec(fake);
    await done;
    expect(state.isUpdatingMap.value).toBe(false);
  });

  it('sends nothing when the question is cancelled, and keeps the edits', async () => {
    const context = await setupWithMapRead();
    const { fake, channel, state } = context;
    editMapDraft(state, (draft) => removeStage(draft, draft.stages[1]!.key));
    const draft = state.mapDraft.value;
    const { done } = await applyAsync(context);
    fake.deliver({ type: 'update-needs-confirmation', requestId: fake.lastRequestId(), mapId: 'm1', notes: 4, stages: ['buy'], lanes: [] });
    await done;
    const sent = fake.posted.length;
    cancelMapUpdate(state);
    await confirmMapUpdateAsync(state, channel);
    expect(fake.posted.length).toBe(sent);
    expect(state.pendingConfirmation.value).toBeNull();
    expect(state.mapDraft.value).toBe(draft);
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.updateCancelled });
  });

  it('drops a pending question once the rows change', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => removeStage(draft, draft.stages[1]!.key));
    const { done } = await applyAsync(context);
    fake.deliver({ type: 'update-needs-confirmation', requestId: fake.lastRequestId(), mapId: 'm1', notes: 4, stages: ['buy'], lanes: [] });
    await done;
    editMapDraft(state, (draft) => addStage(draft, 'Buy again'));
    expect(state.pendingConfirmation.value).toBeNull();
  });

  it('marks the row a refused update names', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    const key = state.mapDraft.value!.stages[0]!.key;
    editMapDraft(state, (draft) => renameStage(draft, key, 'Find'));
    const { done } = await applyAsync(context);
    fake.deliver({ type: 'error', requestId: fake.lastRequestId(), message: 'Check the map settings: name', field: 'spec.stages[0].name' });
    await done;
    expect(state.mapDraftErrors.value).toEqual({ [`stage:${key}`]: 'Check the map settings: name' });
    expect(state.mapEditStatus.value?.tone).toBe('error');
  });
});

describe('map actions', () => {
  it('tidies the chosen map and says what was put back', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    const done = tidyMapAsync(state, channel);
    expect(lastPosted(fake)).toEqual({ type: 'tidy-map', requestId: fake.lastRequestId(), mapId: 'm1' });
    expect(state.mapActionBusy.value).toBe('tidy');
    await tidyMapAsync(state, channel);
    expect(fake.posted.filter((message) => message.type === 'tidy-map')).toHaveLength(1);
    fake.deliver({ type: 'map-tidied', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 5, partsRestored: 2 });
    await settleAsync();
    answerMapSpec(fake);
    await done;
    expect(state.mapActionStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapTidied(2, 5) });
    expect(state.mapActionBusy.value).toBeNull();
  });

  it("clears an earlier Apply's success line when a map action starts, so one outcome shows at a time", async () => {
    const { fake, channel, state } = await setupWithMapRead();
    state.mapEditStatus.value = { tone: 'success', text: USER_MESSAGES.mapUpdated(0, 0) };
    const done = tidyMapAsync(state, channel);
    expect(state.mapEditStatus.value).toBeNull();
    fake.deliver({ type: 'map-tidied', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 0, partsRestored: 0 });
    await settleAsync();
    answerMapSpec(fake);
    await done;
    expect(state.mapActionStatus.value?.tone).toBe('success');
  });

  it('keeps an error of the form when a map action starts', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    const error = { tone: 'error', text: USER_MESSAGES.fixFieldsToApply(1) } as const;
    state.mapEditStatus.value = error;
    const done = tidyMapAsync(state, channel);
    expect(state.mapEditStatus.value).toEqual(error);
    fake.deliver({ type: 'map-tidied', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 0, partsRestored: 0 });
    await settleAsync();
    answerMapSpec(fake);
    await done;
  });

  it('draws the emotion curve, and shows an error in the same status line', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    const drawn = drawEmotionCurveAsync(state, channel);
    expect(lastPosted(fake)).toEqual({ type: 'draw-emotion-curve', requestId: fake.lastRequestId(), mapId: 'm1' });
    fake.deliver({ type: 'emotion-curve-drawn', requestId: fake.lastRequestId(), mapId: 'm1', points: 3 });
    await settleAsync();
    answerMapSpec(fake);
    await drawn;
    expect(state.mapActionStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.emotionCurveDrawn(3) });
    const failed = drawEmotionCurveAsync(state, channel);
    fake.deliver({ type: 'error', requestId: fake.lastRequestId(), message: USER_MESSAGES.mapNotFound });
    await failed;
    expect(state.mapActionStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.mapNotFound });
  });

  it('duplicates as future state with the default title, then chooses the copy', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    expect(computeDuplicateTitle(state)).toBe('Checkout today (future state)');
    const done = duplicateMapAsync(state, channel);
    expect(lastPosted(fake)).toEqual({
      type: 'duplicate-map',
      requestId: fake.lastRequestId(),
      mapId: 'm1',
      title: 'Checkout today (future state)',
    });
    fake.deliver({ type: 'map-imported', requestId: fake.lastRequestId(), mapId: 'm2', nodeId: '9:1', updated: false, notesAdded: 4, notesKept: 0 });
    await settleAsync();
    fake.deliver({ type: 'maps-listed', requestId: fake.lastRequestId(), maps: [map('m1', 'Checkout today'), map('m2', 'Checkout today (future state)')] });
    await done;
    expect(state.selectedMap.value?.mapId).toBe('m2');
    expect(state.mapActionStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapDuplicated('Checkout today (future state)') });
  });

  it.each([
    ['duplicating', duplicateMapAsync],
    ['drawing the emotion curve', drawEmotionCurveAsync],
    ['tidying', tidyMapAsync],
  ] as const)('shows the progress the sandbox reports while %s, and none once it is done', async (_name, runAsync) => {
    const { fake, channel, state } = await setupWithMapRead();
    const done = runAsync(state, channel);
    const requestId = fake.lastRequestId();
    expect(state.mapActionProgress.value).toBeNull();
    fake.deliver({ type: 'progress', requestId, phase: USER_MESSAGES.drawingNotes, done: 2000, total: 5000 });
    expect(state.mapActionProgress.value).toMatchObject({ done: 2000, total: 5000 });
    fake.deliver({ type: 'error', requestId, message: USER_MESSAGES.mapNotFound });
    await done;
    expect(state.mapActionProgress.value).toBeNull();
    expect(state.mapActionBusy.value).toBeNull();
  });

  it('a copy of a copy keeps one "(future state)"', async () => {
    const { channel, state, fake } = await setupWithMapRead();
    fake.deliver({ type: 'selection-changed', maps: [map('m1', 'Checkout today'), map('m2', 'Checkout today (future state)', true)] });
    expect(computeDuplicateTitle(state)).toBe('Checkout today (future state)');
    void duplicateMapAsync(state, channel);
    expect(lastPosted(fake)).toMatchObject({ type: 'duplicate-map', mapId: 'm2', title: 'Checkout today (future state)' });
  });

  it('sends the title as typed for this map only', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    setDuplicateTitle(state, '  Checkout tomorrow ');
    void duplicateMapAsync(state, channel);
    expect(lastPosted(fake)).toMatchObject({ type: 'duplicate-map', mapId: 'm1', title: 'Checkout tomorrow' });
    fake.deliver({ type: 'selection-changed', maps: [map('m1', 'Checkout today'), map('m3', 'Onboarding', true)] });
    expect(computeDuplicateTitle(state)).toBe('Onboarding (future state)');
  });
});

/** The drawn map after someone renamed stage "buy" to "Purchase" on the board. */
function createRenamedOnBoard() {
  const spec = createDrawnSpec();
  return { ...spec, stages: spec.stages.map((stage) => (stage.id === 'buy' ? { ...stage, name: 'Purchase' } : stage)) };
}

const MORE_NOTES = { notesByStage: { discover: 1, buy: 7, use: 2 }, notesByLane: { touchpoints: 5, fees: 2, emotions: 3 } };

/** The panel's actions, as the views call them; nothing here downloads or copies. */
function actionsOf(context: Awaited<ReturnType<typeof setupWithMapRead>>) {
  return createAppActions(context.state, context.channel, { download: {} as DownloadEnvironment, copy: {} as CopyEnvironment });
}

function stageNames(state: Awaited<ReturnType<typeof setupWithMapRead>>['state']): string[] {
  return state.mapDraft.value!.stages.map((stage) => stage.name);
}

describe('the Edit tab follows the board', () => {
  it('reads the map again when the tab opens, without a word in the status line', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    const status = { tone: 'success', text: USER_MESSAGES.mapUpdated(1, 0) } as const;
    state.mapEditStatus.value = status;
    actionsOf(context).selectTab('edit');
    expect(lastPosted(fake)).toEqual({ type: 'list-maps', requestId: fake.lastRequestId() });
    fake.deliver({ type: 'maps-listed', requestId: fake.lastRequestId(), maps: [map('m1', 'Checkout today')] });
    await settleAsync();
    expect(state.mapEditStatus.value).toBe(status);
    answerMapSpec(fake, createRenamedOnBoard(), MORE_NOTES);
    await settleAsync();
    expect(stageNames(state)).toEqual(['Discover', 'Purchase', 'Use']);
    expect(state.mapEdit.value?.notesByStage).toEqual(MORE_NOTES.notesByStage);
    expect(state.hasMapChanges.value).toBe(false);
    expect(state.mapEditStatus.value).toBe(status);
  });

  it.each([
    ['says so when the board\'s names changed', createRenamedOnBoard(), { tone: 'info', text: USER_MESSAGES.boardChangedUnderEdits }],
    ['says nothing when only the counts changed', createDrawnSpec(), null],
  ])('keeps changes not applied when the tab opens, and only the counts follow; %s', async (_name, board, status) => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    const draft = state.mapDraft.value;
    actionsOf(context).selectTab('edit');
    fake.deliver({ type: 'maps-listed', requestId: fake.lastRequestId(), maps: [map('m1', 'Checkout today')] });
    await settleAsync();
    answerMapSpec(fake, board, MORE_NOTES);
    await settleAsync();
    expect(state.mapDraft.value).toBe(draft);
    expect(state.mapEdit.value?.spec).toEqual(createDrawnSpec());
    expect(state.mapEdit.value?.notesByLane).toEqual(MORE_NOTES.notesByLane);
    expect(state.mapEditStatus.value).toEqual(status);
  });

  it.each([
    ['tidying', tidyMapAsync, { type: 'map-tidied', mapId: 'm1', notesMoved: 5, partsRestored: 2 }],
    ['drawing the emotion curve', drawEmotionCurveAsync, { type: 'emotion-curve-drawn', mapId: 'm1', points: 3 }],
  ] as const)('reads the map again after %s, keeping changes not applied', async (_name, runAsync, answer) => {
    const { fake, channel, state } = await setupWithMapRead();
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[2]!.key, 'Keep using'));
    const done = runAsync(state, channel);
    fake.deliver({ ...answer, requestId: fake.lastRequestId() });
    await settleAsync();
    answerMapSpec(fake, createDrawnSpec(), MORE_NOTES);
    await done;
    expect(state.mapEdit.value?.notesByStage).toEqual(MORE_NOTES.notesByStage);
    expect(stageNames(state)).toEqual(['Discover', 'Buy', 'Keep using']);
    expect(state.mapActionStatus.value?.tone).toBe('success');
  });

  it.each([
    ['starts the form over from the board when it holds no changes', false, ['Discover', 'Purchase', 'Use'], null],
    ['keeps changes not applied and says the board changed', true, ['Find', 'Buy', 'Use'], USER_MESSAGES.boardChangedUnderEdits],
  ])('reads the map again after an import updated it: %s', async (_name, withChanges, names, message) => {
    const { fake, channel, state } = await setupWithMapRead();
    if (withChanges) editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    setImportText(state, '{"schemaVersion": 1}');
    const done = importMapAsync(state, channel);
    fake.deliver({ type: 'map-imported', requestId: fake.lastRequestId(), mapId: 'm1', nodeId: '1:1', updated: true, notesAdded: 3, notesKept: 12 });
    await settleAsync();
    fake.deliver({ type: 'maps-listed', requestId: fake.lastRequestId(), maps: [map('m1', 'Checkout today')] });
    await settleAsync();
    answerMapSpec(fake, createRenamedOnBoard(), MORE_NOTES);
    await done;
    expect(state.mapEdit.value?.mapId).toBe('m1');
    expect(stageNames(state)).toEqual(names);
    expect(state.mapEdit.value?.notesByStage).toEqual(MORE_NOTES.notesByStage);
    expect(state.mapEditStatus.value?.text ?? null).toBe(message);
    expect(state.importStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapImportUpdated(3, 12) });
  });

  it('applies with the names on the board now for the stages the person left alone', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    expect(state.mapEditStatus.value).toBeNull();
    await applyAsync(context, createRenamedOnBoard());
    const request = lastPosted(fake);
    if (request.type !== 'update-map') throw new Error(`Sent ${request.type}`);
    expect((request.spec as { stages: unknown }).stages).toEqual([
      { id: 'discover', name: 'Find' },
      { id: 'buy', name: 'Purchase' },
      { id: 'use', name: 'Use' },
    ]);
  });

  it('leaves a stage removed on the board meanwhile removed, and asks with the names on the board now', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => removeLane(renameStage(draft, draft.stages[2]!.key, 'Keep using'), draft.lanes[1]!.key));
    const board = { ...createDrawnSpec(), stages: createDrawnSpec().stages.filter((stage) => stage.id !== 'use') };
    const renamedFees = { ...board, lanes: board.lanes.map((lane) => (lane.id === 'fees' ? { ...lane, name: 'Charges' } : lane)) };
    const { done } = await applyAsync(context, renamedFees);
    const request = lastPosted(fake);
    if (request.type !== 'update-map') throw new Error(`Sent ${request.type}`);
    expect((request.spec as { stages: unknown }).stages).toEqual([
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Buy' },
    ]);
    fake.deliver({ type: 'update-needs-confirmation', requestId: request.requestId, mapId: 'm1', notes: 2, stages: [], lanes: ['fees'] });
    await done;
    expect(state.pendingConfirmation.value).toMatchObject({ notes: 2, stages: [], lanes: ['Charges'] });
  });

  it('marks the row a refused update names, though the board added a stage before it', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    const key = state.mapDraft.value!.stages[0]!.key;
    editMapDraft(state, (draft) => renameStage(draft, key, 'Find'));
    const board = { ...createDrawnSpec(), stages: [{ id: 'review', name: 'Review' }, ...createDrawnSpec().stages] };
    const { done } = await applyAsync(context, board);
    fake.deliver({ type: 'error', requestId: fake.lastRequestId(), message: 'Check the map settings: name', field: 'spec.stages[1].name' });
    await done;
    expect(state.mapDraftErrors.value).toEqual({ [`stage:${key}`]: 'Check the map settings: name' });
  });

  it('sends no update when the map cannot be read again, and keeps the edits', async () => {
    const { fake, channel, state } = await setupWithMapRead();
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Find'));
    const draft = state.mapDraft.value;
    const done = applyMapChangesAsync(state, channel);
    fake.deliver({ type: 'error', requestId: fake.lastRequestId(), message: USER_MESSAGES.mapNotFound });
    await done;
    expect(fake.posted.filter((message) => message.type === 'update-map')).toEqual([]);
    expect(state.mapDraft.value).toBe(draft);
    expect(state.mapEditStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.mapNotFound });
    expect(state.isUpdatingMap.value).toBe(false);
  });

  it('says there is nothing to apply when the board already has the change, and follows the board', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[1]!.key, 'Purchase'));
    const { done } = await applyAsync(context, createRenamedOnBoard());
    await done;
    expect(fake.posted.filter((message) => message.type === 'update-map')).toEqual([]);
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.nothingToApply });
    expect(state.hasMapChanges.value).toBe(false);
    expect(stageNames(state)).toEqual(['Discover', 'Purchase', 'Use']);
  });
});

describe('describing a stage in the Edit tab', () => {
  it('counts a new description as a change and sends it with Apply, the other stages as they were', async () => {
    const context = await setupWithMapRead();
    const { fake, state } = context;
    expect(state.hasMapChanges.value).toBe(false);
    editMapDraft(state, (draft) => describeStage(draft, draft.stages[1]!.key, 'Day 1 · web shop'));
    expect(state.hasMapChanges.value).toBe(true);
    const { done } = await applyAsync(context);
    const request = lastPosted(fake);
    expect(request).toMatchObject({ type: 'update-map', mapId: 'm1' });
    if (request.type !== 'update-map') return;
    expect((request.spec as { stages: unknown }).stages).toEqual([
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Buy', description: 'Day 1 · web shop' },
      { id: 'use', name: 'Use' },
    ]);
    fake.deliver({ type: 'map-updated', requestId: request.requestId, mapId: 'm1', notesMoved: 0, notesKeptBeside: 0 });
    await settleAsync();
    answerMapSpec(fake, { ...createDrawnSpec(), stages: (request.spec as ReturnType<typeof createDrawnSpec>).stages });
    await done;
    expect(state.mapEditStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapUpdated(0, 0) });
    expect(state.mapDraft.value?.stages[1]?.description).toBe('Day 1 · web shop');
    expect(state.hasMapChanges.value).toBe(false);
  });
});
