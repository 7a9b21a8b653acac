import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../src/core/compare/compare-journeys';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import { compareMapsAsync } from '../../ui/state/comparison-actions';
import { readMapAsync, setExportOption } from '../../ui/state/export-actions';
import { createPanelHarness } from './fake-sandbox';
import { createJourneyFixture } from './journey-fixture';

const map = (mapId: string, title: string, selected = false) => ({ mapId, nodeId: `node-${mapId}`, title, kind: 'tagged' as const, selected });

function journeyOf(mapId: string, title: string) {
  const journey = createJourneyFixture({ title });
  return { ...journey, source: { ...journey.source, mapId } };
}

/** A panel that read map A ("Current") of a page holding A and B ("Future"). */
async function readFirstMapAsync() {
  const harness = createPanelHarness();
  const { fake, channel, state } = harness;
  fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [map('a', 'Current'), map('b', 'Future')] });
  const done = readMapAsync(state, channel);
  fake.deliver({ type: 'map-exported', requestId: fake.lastRequestId(), format: 'json', journey: journeyOf('a', 'Current'), text: '{}' });
  await done;
  return harness;
}

describe('the Export tab when another map is chosen', () => {
  it('puts away the reading of the map chosen before, and says Read map reads the one chosen now', async () => {
    const { fake, state } = await readFirstMapAsync();
    expect(state.exportPreview.value).not.toBeNull();
    // Drawing, importing or duplicating a map makes it the chosen one, as does selecting it on the board.
    fake.deliver({ type: 'selection-changed', maps: [map('a', 'Current'), map('b', 'Future', true)] });
    expect(state.selectedMap.value?.mapId).toBe('b');
    expect(state.exportResult.value).toBeNull();
    expect(state.exportPreview.value).toBeNull();
    expect(state.exportStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.otherMapChosen('Future') });
  });

  it('drops the answer of a read under way for the map chosen before', async () => {
    const { fake, channel, state } = createPanelHarness();
    fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [map('a', 'Current'), map('b', 'Future')] });
    const done = readMapAsync(state, channel);
    const requestId = fake.lastRequestId();
    state.chosenMapId.value = 'b';
    expect(state.isExporting.value).toBe(false);
    fake.deliver({ type: 'map-exported', requestId, format: 'json', journey: journeyOf('a', 'Current'), text: '{}' });
    await done;
    expect(state.exportResult.value).toBeNull();
    expect(state.exportStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.otherMapChosen('Future') });
  });

  it('drops the answer of a read under way with no map (a hand-drawn selection) once a map is chosen', async () => {
    const { fake, channel, state } = createPanelHarness();
    fake.deliver({ type: 'init', editorType: 'figjam', command: 'export', pluginVersion: '0.1.0', maps: [] });
    const done = readMapAsync(state, channel);
    const requestId = fake.lastRequestId();
    fake.deliver({ type: 'selection-changed', maps: [map('b', 'Future', true)] });
    expect(state.selectedMap.value?.mapId).toBe('b');
    expect(state.isExporting.value).toBe(false);
    fake.deliver({ type: 'map-exported', requestId, format: 'json', journey: journeyOf('grid-h0', 'Hand-drawn'), text: '{}' });
    await done;
    expect(state.exportResult.value).toBeNull();
  });

  it('keeps the reading when the map list first names the map it was read from', async () => {
    const { fake, channel, state } = createPanelHarness();
    const done = readMapAsync(state, channel);
    fake.deliver({ type: 'map-exported', requestId: fake.lastRequestId(), format: 'json', journey: journeyOf('a', 'Current'), text: '{}' });
    await done;
    state.maps.value = [map('a', 'Current')];
    expect(state.exportResult.value?.journey.title).toBe('Current');
  });

  it('reads the newly picked map at once when a reading was on show, and shows only its answer', async () => {
    const { fake, channel, state } = await readFirstMapAsync();
    const done = setExportOption(state, channel, { mapId: 'b' });
    expect(fake.posted.at(-1)).toMatchObject({ type: 'export-map', mapId: 'b' });
    expect(state.exportStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.readingMap });
    fake.deliver({ type: 'map-exported', requestId: fake.lastRequestId(), format: 'json', journey: journeyOf('b', 'Future'), text: '{}' });
    await done;
    expect(state.exportResult.value?.journey.title).toBe('Future');
  });

  it('puts away a comparison whose "before" is no longer the chosen map', async () => {
    const { fake, channel, state } = await readFirstMapAsync();
    const done = compareMapsAsync(state, channel);
    expect(fake.posted.at(-1)).toMatchObject({ type: 'compare-maps', beforeMapId: 'a', afterMapId: 'b' });
    const comparison = compareJourneys(journeyOf('a', 'Current'), journeyOf('b', 'Future'));
    fake.deliver({ type: 'maps-compared', requestId: fake.lastRequestId(), comparison, text: '# report\n' });
    await done;
    expect(state.comparisonResult.value).not.toBeNull();
    state.chosenMapId.value = 'b';
    expect(state.comparisonResult.value).toBeNull();
    expect(state.comparisonStatus.value).toBeNull();
  });
});

describe('the Edit tab when another map is chosen', () => {
  it('puts away the last outcome, which was about the map chosen before', () => {
    const { state } = createPanelHarness();
    state.maps.value = [map('a', 'Current'), map('b', 'Current (future state)')];
    state.chosenMapId.value = 'b';
    state.mapActionStatus.value = { tone: 'success', text: USER_MESSAGES.mapDuplicated('Current (future state)') };
    state.mapEditStatus.value = { tone: 'success', text: USER_MESSAGES.mapUpdated(2, 0) };
    state.chosenMapId.value = 'a';
    expect(state.mapActionStatus.value).toBeNull();
    expect(state.mapEditStatus.value).toBeNull();
  });

  it('keeps the line of an action still under way', () => {
    const { state } = createPanelHarness();
    state.maps.value = [map('a', 'Current'), map('b', 'Future')];
    state.mapActionBusy.value = 'tidy';
    state.mapActionStatus.value = { tone: 'info', text: USER_MESSAGES.tidyingMap };
    state.chosenMapId.value = 'b';
    expect(state.mapActionStatus.value).toEqual({ tone: 'info', text: USER_MESSAGES.tidyingMap });
  });
});

describe('counts in what the panel says', () => {
  it('says Read, not Exported, for a read: nothing is exported until Download or Copy', () => {
    expect(USER_MESSAGES.mapRead(22, 0)).toBe('Read 22 notes');
    expect(USER_MESSAGES.mapReadLacking(1, 0, 2)).toBe('Read 1 note; the map lacks 2 parts (below)');
  });

  it('agrees one note with one cell, and several with several', () => {
    expect(USER_MESSAGES.mapTidied(0, 1)).toBe('Tidied the map: 0 parts put back, 1 note snapped into its cell');
    expect(USER_MESSAGES.mapTidied(1, 3)).toBe('Tidied the map: 1 part put back, 3 notes snapped into their cells');
    expect(USER_MESSAGES.mapTidied(0, 1, 1)).toBe('Tidied the map: 0 parts put back, 1 note moved, 1 to a free place');
    expect(USER_MESSAGES.mapUpdated(1, 0)).toBe('Updated the map. 1 note moved with its cell.');
    expect(USER_MESSAGES.mapUpdated(4, 0)).toBe('Updated the map. 4 notes moved with their cells.');
  });

  it('marks the map selected on the board apart from its title in the map pickers', () => {
    expect(USER_MESSAGES.mapChoice('Checkout', true)).toBe('Checkout — selected on the board');
    expect(USER_MESSAGES.mapChoice('Checkout', false)).toBe('Checkout');
  });
});
