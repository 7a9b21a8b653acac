import { describe, expect, it } from 'vitest';
import type { UiToSandbox } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { duplicateMapAsync } from '../../ui/state/map-actions';
import { applyMapChangesAsync, editMapDraft, followChosenMapAsync } from '../../ui/state/map-edit-actions';
import { renameStage } from '../../ui/state/stage-editing';
import { createPanelHarness } from './fake-sandbox';
import { createDrawnSpec } from './living-map-fixture';

// The order these tests play is the one a person meets after Duplicate: the Edit tab reads the new copy, the
// person edits (or applies) the form on screen before that read's answer lands, and only then does it land.

const map = (mapId: string, title: string) => ({ mapId, nodeId: `node-${mapId}`, title, kind: 'tagged' as const, selected: false });

const COUNTS = { notesByStage: { discover: 1, buy: 4, use: 0 }, notesByLane: { touchpoints: 3, fees: 2, emotions: 0 } };

/** Lets the awaited answers run, as the event loop would between two messages. */
const settleAsync = () => new Promise((resolve) => setTimeout(resolve, 0));

type Harness = ReturnType<typeof createPanelHarness>;

function lastPosted(harness: Harness): UiToSandbox {
  return harness.fake.posted[harness.fake.posted.length - 1]!;
}

function answerSpec(harness: Harness, requestId: string, mapId: string, spec = createDrawnSpec()) {
  harness.fake.deliver({ type: 'map-spec', requestId, mapId, spec, ...COUNTS });
}

/** Map m1 read into the form, then duplicated as m2: the Edit tab follows the copy, its read not answered yet. */
async function setupDuplicatedAsync() {
  const harness = createPanelHarness();
  const { fake, channel, state } = harness;
  fake.deliver({ type: 'init', editorType: 'figjam', command: 'edit', pluginVersion: '0.1.0', maps: [map('m1', 'Checkout today')] });
  const first = followChosenMapAsync(state, channel);
  answerSpec(harness, fake.lastRequestId(), 'm1');
  await first;

  const duplicated = duplicateMapAsync(state, channel);
  expect(lastPosted(harness)).toMatchObject({ type: 'duplicate-map', mapId: 'm1' });
  fake.deliver({ type: 'map-imported', requestId: fake.lastRequestId(), mapId: 'm2', nodeId: 'node-m2', updated: false, notesAdded: 4, notesKept: 0 });
  await settleAsync();
  fake.deliver({ type: 'maps-listed', requestId: fake.lastRequestId(), maps: [map('m1', 'Checkout today'), map('m2', 'Checkout today (future state)')] });
  await duplicated;
  expect(state.selectedMap.value?.mapId).toBe('m2');

  const follow = followChosenMapAsync(state, channel);
  expect(lastPosted(harness)).toMatchObject({ type: 'read-map-spec', mapId: 'm2' });
  const copyRead = fake.lastRequestId();
  const copySpec = { ...createDrawnSpec(), title: 'Checkout today (future state)' };
  return { harness, follow, answerCopy: () => answerSpec(harness, copyRead, 'm2', copySpec) };
}

const stageNames = (harness: Harness) => harness.state.mapDraft.value?.stages.map((stage) => stage.name);

describe('a read of the map answered after the person acted', () => {
  it('keeps an edit made after the read was sent, on the map it was made on', async () => {
    const { harness, follow, answerCopy } = await setupDuplicatedAsync();
    const { state } = harness;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Awareness'));
    answerCopy();
    await follow;
    expect(stageNames(harness)).toEqual(['Awareness', 'Buy', 'Use']);
    expect(state.mapEdit.value?.mapId).toBe('m1');
    expect(state.hasMapChanges.value).toBe(true);
    expect(state.isReadingMapSpec.value).toBe(false);
  });

  it('neither undoes an Apply under way nor clears its status line; the edit is sent, then the form follows the copy', async () => {
    const { harness, follow, answerCopy } = await setupDuplicatedAsync();
    const { fake, channel, state } = harness;
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Awareness'));
    const applied = applyMapChangesAsync(state, channel);
    expect(lastPosted(harness)).toMatchObject({ type: 'read-map-spec', mapId: 'm1' });
    const boardRead = fake.lastRequestId();
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.updatingMap });

    answerCopy();
    await follow;
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.updatingMap });
    expect(stageNames(harness)).toEqual(['Awareness', 'Buy', 'Use']);
    expect(state.mapEdit.value?.mapId).toBe('m1');

    answerSpec(harness, boardRead, 'm1');
    await settleAsync();
    const update = lastPosted(harness);
    expect(update).toMatchObject({ type: 'update-map', mapId: 'm1' });
    expect(update.type === 'update-map' && (update.spec as ReturnType<typeof createDrawnSpec>).stages[0]).toEqual({ id: 'discover', name: 'Awareness' });
    fake.deliver({ type: 'map-updated', requestId: fake.lastRequestId(), mapId: 'm1', notesMoved: 0, notesKeptBeside: 0 });
    await settleAsync();
    // Applied, the form has nothing left to keep: it follows the chosen map, the copy, and keeps the outcome.
    expect(lastPosted(harness)).toMatchObject({ type: 'read-map-spec', mapId: 'm2' });
    answerSpec(harness, fake.lastRequestId(), 'm2');
    await applied;
    expect(state.mapEditStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapUpdated(0, 0) });
    expect(state.mapEdit.value?.mapId).toBe('m2');
    expect(stageNames(harness)).toEqual(['Discover', 'Buy', 'Use']);
    expect(state.hasMapChanges.value).toBe(false);
  });

  it('keeps an edit made while the re-read after an Apply was on its way', async () => {
    const { harness, follow, answerCopy } = await setupDuplicatedAsync();
    const { fake, channel, state } = harness;
    answerCopy();
    await follow;
    expect(state.mapEdit.value?.mapId).toBe('m2');
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Awareness'));
    const applied = applyMapChangesAsync(state, channel);
    answerSpec(harness, fake.lastRequestId(), 'm2');
    await settleAsync();
    fake.deliver({ type: 'map-updated', requestId: fake.lastRequestId(), mapId: 'm2', notesMoved: 0, notesKeptBeside: 0 });
    await settleAsync();
    expect(lastPosted(harness)).toMatchObject({ type: 'read-map-spec', mapId: 'm2' });
    const reread = fake.lastRequestId();
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[1]!.key, 'Pay'));
    const updated = { ...createDrawnSpec(), stages: [{ id: 'discover', name: 'Awareness' }, ...createDrawnSpec().stages.slice(1)] };
    answerSpec(harness, reread, 'm2', updated);
    await applied;
    expect(stageNames(harness)).toEqual(['Awareness', 'Pay', 'Use']);
    expect(state.hasMapChanges.value).toBe(true);
  });

  it('keeps an edit made after the read was sent when that read fails', async () => {
    const { harness, follow } = await setupDuplicatedAsync();
    const { fake, state } = harness;
    const copyRead = fake.lastRequestId();
    editMapDraft(state, (draft) => renameStage(draft, draft.stages[0]!.key, 'Awareness'));
    fake.deliver({ type: 'error', requestId: copyRead, message: USER_MESSAGES.mapNotFound });
    await follow;
    expect(stageNames(harness)).toEqual(['Awareness', 'Buy', 'Use']);
    expect(state.mapEdit.value?.mapId).toBe('m1');
  });

  it('still starts the form over from the copy when nothing was done meanwhile, and clears its own sentence', async () => {
    const { harness, follow, answerCopy } = await setupDuplicatedAsync();
    const { state } = harness;
    expect(state.mapEditStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.readingMapSpec });
    answerCopy();
    await follow;
    expect(state.mapEdit.value?.mapId).toBe('m2');
    expect(state.mapEditStatus.value).toBeNull();
  });
});
