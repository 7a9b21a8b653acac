import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../src/core/compare/compare-journeys';
import { formatComparison } from '../../src/core/compare/format-comparison';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { DownloadEnvironment } from '../../ui/io/download-text';
import { chooseCompareMap, compareMapsAsync, downloadComparison, listComparableMaps } from '../../ui/state/comparison-actions';
import { createPanelHarness } from './fake-sandbox';
import { createJourneyFixture } from './journey-fixture';

const map = (mapId: string, title: string, selected = false) => ({ mapId, nodeId: `node-${mapId}`, title, kind: 'tagged' as const, selected });

function createComparison() {
  const before = createJourneyFixture();
  const after = { ...createJourneyFixture(), title: 'Future' };
  return compareJourneys(before, after);
}

describe('Compare with…', () => {
  it('compares the chosen map with the first other map, asking for the Markdown report, and shows the result', async () => {
    const { fake, channel, state } = createPanelHarness();
    state.maps.value = [map('current', 'Current', true), map('future', 'Future'), map('other', 'Other')];
    expect(listComparableMaps(state).map((candidate) => candidate.mapId)).toEqual(['future', 'other']);
    const done = compareMapsAsync(state, channel);
    expect(fake.posted.at(-1)).toEqual({ type: 'compare-maps', requestId: 'r1', beforeMapId: 'current', afterMapId: 'future', format: 'markdown' });
    expect(state.isComparing.value).toBe(true);
    const comparison = createComparison();
    fake.deliver({ type: 'maps-compared', requestId: 'r1', comparison, text: formatComparison(comparison, 'markdown') });
    await done;
    expect(state.isComparing.value).toBe(false);
    expect(state.comparisonResult.value?.comparison).toEqual(comparison);
    const { resolved, kept, added } = comparison.summary.painPoints;
    expect(state.comparisonStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.mapsCompared(resolved, kept, added) });
  });

  it('compares with the map the person chose, and forgets an earlier result when the choice changes', async () => {
    const { fake, channel, state } = createPanelHarness();
    state.maps.value = [map('current', 'Current', true), map('future', 'Future'), map('other', 'Other')];
    state.comparisonResult.value = { type: 'maps-compared', requestId: 'r0', comparison: createComparison(), text: '' };
    chooseCompareMap(state, 'other');
    expect(state.comparisonResult.value).toBeNull();
    void compareMapsAsync(state, channel);
    expect(fake.posted.at(-1)).toMatchObject({ beforeMapId: 'current', afterMapId: 'other' });
  });

  it('says so without asking the board when the page has no other map', async () => {
    const { fake, channel, state } = createPanelHarness();
    state.maps.value = [map('current', 'Current', true)];
    await compareMapsAsync(state, channel);
    expect(fake.posted).toEqual([]);
    expect(state.comparisonStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.noOtherMap });
  });

  it('shows the sandbox\'s error and keeps no result', async () => {
    const { fake, channel, state } = createPanelHarness();
    state.maps.value = [map('current', 'Current', true), map('future', 'Future')];
    const done = compareMapsAsync(state, channel);
    fake.deliver({ type: 'error', requestId: 'r1', message: USER_MESSAGES.mapNotFound });
    await done;
    expect(state.comparisonResult.value).toBeNull();
    expect(state.comparisonStatus.value).toEqual({ tone: 'error', text: USER_MESSAGES.mapNotFound });
  });

  it('downloads the report as Markdown and the comparison as JSON, named after the future map', () => {
    const { state } = createPanelHarness();
    const comparison = createComparison();
    state.comparisonResult.value = { type: 'maps-compared', requestId: 'r1', comparison, text: '# report\n' };
    const files: Array<{ name: string; text: string; mimeType: string }> = [];
    let pending: { text: string; mimeType: string } = { text: '', mimeType: '' };
    const link = { href: '', download: '', click: () => files.push({ name: link.download, ...pending }), remove: () => {} };
    const environment: DownloadEnvironment = {
      createBlob: (text, mimeType) => (pending = { text, mimeType }),
      createObjectUrl: () => 'blob:1',
      revokeObjectUrl: () => {},
      createLink: () => link,
      appendToBody: () => {},
      defer: () => {},
    };
    downloadComparison(state, environment, 'markdown');
    downloadComparison(state, environment, 'json');
    expect(files.map((file) => file.name)).toEqual(['future-compared.md', 'future-compared.json']);
    expect(files[0]!.text).toBe('# report\n');
    expect(JSON.parse(files[1]!.text)).toEqual(comparison);
    expect(state.comparisonStatus.value).toEqual({ tone: 'success', text: USER_MESSAGES.downloadStarted('future-compared.json') });
  });
});
