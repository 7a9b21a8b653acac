import { describe, expect, it } from 'vitest';
import { PREFERENCES_STORAGE_KEY } from '../../../src/core/protocol/preferences';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { startPluginSession } from '../plugin-session';

describe('remembered choices in clientStorage', () => {
  it('sends none on the first run, then the last map drawn and the last export choices', async () => {
    const session = startPluginSession();
    const first = await session.readyAsync();
    expect(first.preferences).toBeUndefined();

    const spec = { ...createDefaultSpec(), title: 'Checkout journey' };
    await session.requestAsync({ type: 'create-map', requestId: 'create', spec });
    await session.requestAsync({ type: 'export-map', requestId: 'export', format: 'markdown', includeAuthors: true });

    const init = await session.readyAsync();
    expect(init.preferences).toEqual({ spec, format: 'markdown', includeAuthors: true });
  });

  it('ignores stored choices that no longer validate', async () => {
    const session = startPluginSession();
    await session.fake.figma.clientStorage.setAsync(PREFERENCES_STORAGE_KEY, { spec: { title: '' }, format: 'pdf' });
    const init = await session.readyAsync();
    expect(init.preferences).toBeUndefined();
  });

  it('keeps the panel size and the format the panel saves, and opens at that size next time', async () => {
    const session = startPluginSession();
    expect(session.fake.handles.ui.shown).toMatchObject({ width: 380, height: 640 });
    session.fake.handles.ui.postMessage({ pluginMessage: { type: 'resize-ui', width: 520, height: 700 } });
    session.fake.handles.ui.postMessage({ pluginMessage: { type: 'save-preferences', preferences: { panelSize: { width: 520, height: 700 } } } });
    session.fake.handles.ui.postMessage({ pluginMessage: { type: 'save-preferences', preferences: { format: 'csv' } } });
    await session.fake.handles.settleAsync();
    expect(session.fake.handles.ui.shown).toMatchObject({ width: 520, height: 700 });

    const next = startPluginSession();
    await next.fake.figma.clientStorage.setAsync(PREFERENCES_STORAGE_KEY, await session.fake.figma.clientStorage.getAsync(PREFERENCES_STORAGE_KEY));
    const init = await next.readyAsync();
    expect(init.preferences).toEqual({ panelSize: { width: 520, height: 700 }, format: 'csv' });
    expect(next.fake.handles.ui.shown).toMatchObject({ width: 520, height: 700 });
  });

  it('refuses a panel size out of bounds, and stores nothing of it', async () => {
    const session = startPluginSession();
    session.fake.handles.ui.postMessage({ pluginMessage: { type: 'save-preferences', preferences: { panelSize: { width: 90, height: 5000 } } } });
    await session.fake.handles.settleAsync();
    expect(session.messages()).toEqual([expect.objectContaining({ type: 'error', message: expect.any(String) })]);
    expect(await session.fake.figma.clientStorage.getAsync(PREFERENCES_STORAGE_KEY)).toBeUndefined();
  });
});
