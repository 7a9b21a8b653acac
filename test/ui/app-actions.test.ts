import { describe, expect, it, vi } from 'vitest';
import { PANEL_SIZE_LIMITS } from '../../src/core/protocol/preferences';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { CopyEnvironment } from '../../ui/io/copy-text';
import type { DownloadEnvironment } from '../../ui/io/download-text';
import { computePanelSize } from '../../ui/state/compute-panel-size';
import { createAppActions } from '../../ui/state/create-app-actions';
import { REQUEST_TIMEOUTS } from '../../ui/channel/request-timeouts';
import { createMapAsync, editDraft } from '../../ui/state/create-actions';
import { readMapAsync, setExportOption, zoomToNoteAsync } from '../../ui/state/export-actions';
import { renameStage } from '../../ui/state/stage-editing';
import { createPanelHarness } from './fake-sandbox';
import { createJourneyFixture } from './journey-fixture';

const setup = createPanelHarness;

const map = (mapId: string, selected = false) => ({ mapId, nodeId: `node-${mapId}`, title: `Map ${mapId}`, kind: 'tagged' as const, selected });

describe('creating a map', () => {
  it('sends the validated spec and says what was drawn', async () => {
    const { fake, channel, state } = setup();
    const done = createMapAsync(state, channel);
    expect(state.isCreating.value).toBe(true);
    const request = fake.posted[0]!;
    expect(request.type).toBe('create-map');
    if (request.type !== 'create-map') return;
    expect(request.spec).toMatchObject({ title: 'Customer journey map', options: { cellColumns: 3 } });
    fake.deliver({ type: 'map-created', requestId: 'r1', mapId: 'm1' });
    await done;
    expect(state.isCreating.value).toBe(false);
    expect(state.createStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapCreated(5, 6) });
  });

  it('sends nothing while a field is wrong, marks it and asks for focus there', async () => {
    const { fake, channel, state } = setup();
    const stage = state.draft.value.stages[1]!;
    editDraft(state, (draft) => renameStage(draft, stage.key, ''));
    expect(state.fieldErrors.value).toEqual({});
    await createMapAsync(state, channel);
    expect(fake.posted).toEqual([]);
    expect(state.fieldErrors.value).toEqual({ [`stage:${stage.key}`]: 'Must not be empty' });
    expect(state.focusRequest.value).toEqual({ field: `stage:${stage.key}` });
    expect(state.createStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.fixFields(1) });
    editDraft(state, (draft) => renameStage(draft, stage.key, 'Research'));
    expect(state.fieldErrors.value).toEqual({});
  });

  it('puts a problem the sandbox names beside its field until the form changes', async () => {
    const { fake, channel, state } = setup();
    const done = createMapAsync(state, channel);
    fake.deliver({ type: 'error', requestId: 'r1', message: 'Check the map settings: name', field: 'spec.stages[2].name' });
    await done;
    const key = `stage:${state.draft.value.stages[2]!.key}`;
    expect(state.fieldErrors.value).toEqual({ [key]: 'Check the map settings: name' });
    expect(state.createStatus.value?.tone).toBe('error');
    editDraft(state, (draft) => ({ ...draft, title: 'Another title' }));
    expect(state.fieldErrors.value).toEqual({});
  });

  it('says so when the sandbox does not answer', async () => {
    const { timers, channel, state } = setup();
    const done = createMapAsync(state, channel);
    timers.advance(REQUEST_TIMEOUTS.createMap);
    await done;
    expect(state.createStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.requestTimedOut });
    expect(state.isCreating.value).toBe(false);
  });
});

describe('exporting a map', () => {
  it('takes the maps and the command from init, and the selected map', () => {
    const { fake, state } = setup();
    fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [map('a'), map('b', true)] });
    expect(state.activeTab.value).toBe('export');
    expect(state.selectedMap.value?.mapId).toBe('b');
    fake.deliver({ type: 'selection-changed', maps: [map('a', true), map('b')] });
    expect(state.selectedMap.value?.mapId).toBe('a');
  });

  it('reads the chosen map in the chosen format, showing progress, then the preview', async () => {
    const { fake, channel, state } = setup();
    fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [map('a'), map('b')] });
    state.chosenMapId.value = 'b';
    state.format.value = 'csv';
    const done = readMapAsync(state, channel);
    expect(fake.posted[0]).toEqual({ type: 'export-map', requestId: 'r1', mapId: 'b', format: 'csv', includeAuthors: false });
    fake.deliver({ type: 'progress', requestId: 'r1', phase: 'Reading notes', done: 200, total: 900 });
    expect(state.exportProgress.value).toMatchObject({ done: 200, total: 900 });
    const journey = createJourneyFixture();
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'csv', journey, text: 'a,b' });
    await done;
    expect(state.exportProgress.value).toBeNull();
    expect(state.exportPreview.value?.counts[2]).toEqual([0, 1, 2]);
    expect(state.exportStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapRead(9, 1) });
  });

  it('says in the status line, as a warning, when the map lacks parts on the board', async () => {
    const { fake, channel, state } = setup();
    const done = readMapAsync(state, channel);
    const warnings = ['The lane "Pain points" is no longer on the board.'];
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'json', journey: createJourneyFixture(), text: '{}', warnings });
    await done;
    expect(state.exportStatus.value).toEqual({ tone: 'warning', text: USER_MESSAGES.mapReadLacking(9, 1, 1) });
    expect(state.exportStatus.value?.text).toBe('Read 9 notes, 1 not placed in a cell; the map lacks 1 part (below)');
    expect(state.exportResult.value?.warnings).toEqual(warnings);
  });

  it('makes another format from the reading on hand, without reading the board again, keeping the newest', async () => {
    const { fake, channel, state } = setup();
    const first = readMapAsync(state, channel);
    const journey = createJourneyFixture();
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'json', journey, text: '{}' });
    await first;
    const second = setExportOption(state, channel, { format: 'markdown' });
    const third = setExportOption(state, channel, { format: 'csv' });
    expect(fake.posted.map((message) => message.type)).toEqual(['export-map', 'format-journey', 'format-journey']);
    expect(fake.posted[2]).toEqual({ type: 'format-journey', requestId: 'r3', journey, format: 'csv' });
    expect(state.isFormatting.value).toBe(true);
    fake.deliver({ type: 'journey-formatted', requestId: 'r3', format: 'csv', text: 'csv' });
    fake.deliver({ type: 'journey-formatted', requestId: 'r2', format: 'markdown', text: '# md' });
    await Promise.all([second, third]);
    expect(state.exportResult.value).toMatchObject({ format: 'csv', text: 'csv', journey });
    expect(state.isFormatting.value).toBe(false);
    expect(state.isExporting.value).toBe(false);
  });

  it('keeps the text on hand when the format goes back to it before another format\'s text arrived', async () => {
    const { fake, channel, state } = setup();
    const journey = createJourneyFixture();
    state.format.value = 'csv';
    const first = readMapAsync(state, channel);
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'csv', journey, text: 'csv' });
    await first;
    const toMarkdown = setExportOption(state, channel, { format: 'markdown' });
    await setExportOption(state, channel, { format: 'csv' });
    expect(state.isFormatting.value).toBe(false);
    fake.deliver({ type: 'journey-formatted', requestId: 'r2', format: 'markdown', text: '# md' });
    await toMarkdown;
    expect(state.exportResult.value).toMatchObject({ format: 'csv', text: 'csv' });
    expect(state.isFormatting.value).toBe(false);
  });

  it('formats the answer of a read that was under way when the format changed', async () => {
    const { fake, channel, state } = setup();
    const journey = createJourneyFixture();
    const first = readMapAsync(state, channel);
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'json', journey, text: '{}' });
    await first;
    const again = readMapAsync(state, channel);
    await setExportOption(state, channel, { format: 'markdown' });
    expect(fake.posted.map((message) => message.type)).toEqual(['export-map', 'export-map']);
    fake.deliver({ type: 'map-exported', requestId: 'r2', format: 'json', journey, text: '{}' });
    await again;
    expect(fake.posted[2]).toEqual({ type: 'format-journey', requestId: 'r3', journey, format: 'markdown' });
    fake.deliver({ type: 'journey-formatted', requestId: 'r3', format: 'markdown', text: '# md' });
    await vi.waitFor(() => expect(state.exportResult.value?.text).toBe('# md'));
  });

  it('reads again when another map is chosen or authors are asked for', async () => {
    const { fake, channel, state } = setup();
    fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [map('a'), map('b')] });
    const first = readMapAsync(state, channel);
    fake.deliver({ type: 'map-exported', requestId: 'r1', format: 'json', journey: createJourneyFixture(), text: '{}' });
    await first;
    void setExportOption(state, channel, { mapId: 'b' });
    void setExportOption(state, channel, { includeAuthors: true });
    expect(fake.posted.map((message) => (message.type === 'export-map' ? (message.mapId ?? '') : message.type))).toEqual(['a', 'b', 'b']);
    expect(fake.posted[2]).toMatchObject({ includeAuthors: true });
  });

  it('does not read on a format change before the first read', async () => {
    const { fake, channel, state } = setup();
    await setExportOption(state, channel, { format: 'csv' });
    expect(state.format.value).toBe('csv');
    expect(fake.posted).toEqual([]);
  });

  it('shows a failed zoom beside that note only', async () => {
    const { fake, channel, state } = setup();
    const done = zoomToNoteAsync(state, channel, '1:9');
    expect(fake.posted[0]).toEqual({ type: 'zoom-to-node', requestId: 'r1', nodeId: '1:9' });
    fake.deliver({ type: 'error', requestId: 'r1', message: USER_MESSAGES.nodeNotFound });
    await done;
    expect(state.zoomErrors.value).toEqual({ '1:9': USER_MESSAGES.nodeNotFound });
    const again = zoomToNoteAsync(state, channel, '1:9');
    expect(state.zoomErrors.value).toEqual({});
    fake.deliver({ type: 'node-zoomed', requestId: 'r2' });
    await again;
    expect(state.zoomErrors.value).toEqual({});
  });

  it('shows an error that answers no request in the panel', () => {
    const { fake, state } = setup();
    fake.deliver({ type: 'error', requestId: null, message: USER_MESSAGES.invalidMessage });
    expect(state.generalStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.invalidMessage });
  });
});

describe('resizing the panel', () => {
  const environments = { download: {} as DownloadEnvironment, copy: {} as CopyEnvironment };

  it('asks for each size as the handle moves, and remembers the last once let go', () => {
    const { fake, channel, state } = setup();
    const actions = createAppActions(state, channel, environments);
    actions.resizePanel({ width: 400, height: 600 }, false);
    actions.resizePanel({ width: 420, height: 610 }, true);
    expect(fake.posted).toEqual([
      { type: 'resize-ui', width: 400, height: 600 },
      { type: 'resize-ui', width: 420, height: 610 },
      { type: 'save-preferences', preferences: { panelSize: { width: 420, height: 610 } } },
    ]);
  });

  it('remembers a size once it rests, when the end of the drag was never seen', () => {
    vi.useFakeTimers();
    try {
      const { fake, channel, state } = setup();
      const actions = createAppActions(state, channel, environments);
      actions.resizePanel({ width: 400, height: 600 }, false);
      vi.advanceTimersByTime(300);
      actions.resizePanel({ width: 300, height: 400 }, false);
      vi.advanceTimersByTime(300);
      expect(fake.posted.filter((message) => message.type === 'save-preferences')).toEqual([]);
      vi.advanceTimersByTime(300);
      expect(fake.posted.filter((message) => message.type === 'save-preferences')).toEqual([
        { type: 'save-preferences', preferences: { panelSize: { width: 300, height: 400 } } },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps every size it asks for within bounds', () => {
    expect(computePanelSize({ x: 12.4, y: 5000 })).toEqual({ width: PANEL_SIZE_LIMITS.minWidth, height: PANEL_SIZE_LIMITS.maxHeight });
    expect(computePanelSize({ x: 455.6, y: 512.2 })).toEqual({ width: 456, height: 512 });
    expect(computePanelSize({ x: 9000, y: -3 })).toEqual({ width: PANEL_SIZE_LIMITS.maxWidth, height: PANEL_SIZE_LIMITS.minHeight });
  });
});
