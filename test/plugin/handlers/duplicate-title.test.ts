import { describe, expect, it } from 'vitest';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { startPluginSession } from '../plugin-session';

describe('the title of a future-state copy', () => {
  it('gets " (future state)" once: a copy of a copy keeps the one it has', async () => {
    const session = startPluginSession();
    await session.requestAsync({ type: 'create-map', requestId: 'create', spec: { ...createDefaultSpec(), title: 'Checkout' } });
    const first = await session.requestAsync({ type: 'duplicate-map', requestId: 'first', mapId: (await session.readyAsync()).maps[0]!.mapId });
    if (first.type !== 'map-imported') throw new Error(JSON.stringify(first));
    const second = await session.requestAsync({ type: 'duplicate-map', requestId: 'second', mapId: first.mapId });
    if (second.type !== 'map-imported') throw new Error(JSON.stringify(second));
    const titles = (await session.readyAsync()).maps.map((map) => map.title);
    expect(titles).toEqual(['Checkout', 'Checkout (future state)', 'Checkout (future state)']);
  });
});
