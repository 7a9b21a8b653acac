import { describe, expect, it } from 'vitest';
import { PREFERENCES_STORAGE_KEY } from '../../src/core/preferences';
import { createDefaultSpec } from '../../src/core/presets';
import { startPluginSession } from './plugin-session';

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
});
