import { describe, expect, it } from 'vitest';
import { createFakeFigma, CLIENT_STORAGE_QUOTA } from './index';
import type { UiMessageEvent } from './index';

describe('messaging', () => {
  it('delivers plugin → UI messages asynchronously in Figma\'s envelope, as clones', async () => {
    const { figma, handles } = createFakeFigma({ pluginId: '42' });
    figma.showUI('<p>ui</p>', { width: 380, height: 640, themeColors: true });
    expect(handles.ui.shown).toMatchObject({ width: 380, height: 640, options: { themeColors: true } });
    const events: UiMessageEvent[] = [];
    handles.ui.onMessage((event) => events.push(event));
    const payload = { type: 'init', list: [1, 2] };
    figma.ui.postMessage(payload);
    payload.list.push(3);
    expect(events).toHaveLength(0);
    await handles.settleAsync();
    expect(events).toEqual([{ data: { pluginMessage: { type: 'init', list: [1, 2] }, pluginId: '42' } }]);
  });

  it('delivers UI → plugin messages asynchronously to onmessage and on("message"), as clones', async () => {
    const { figma, handles } = createFakeFigma();
    figma.showUI('<p>ui</p>');
    const received: unknown[] = [];
    const origins: string[] = [];
    figma.ui.onmessage = (message: unknown, props) => {
      received.push(message);
      origins.push(props.origin);
    };
    const once = (message: unknown) => received.push(['once', message]);
    figma.ui.once('message', once);
    const sent = { type: 'ui-ready' };
    handles.ui.postMessage({ pluginMessage: sent });
    handles.ui.postMessage({ notAnEnvelope: true });
    expect(received).toHaveLength(0);
    await handles.settleAsync();
    expect(received).toEqual([{ type: 'ui-ready' }, ['once', { type: 'ui-ready' }]]);
    expect(received[0]).not.toBe(sent);
    expect(origins).toEqual(['null']);
    handles.ui.postMessage({ pluginMessage: 2 });
    await handles.settleAsync();
    expect(received).toEqual([{ type: 'ui-ready' }, ['once', { type: 'ui-ready' }], 2]);
  });

  it('throws DataCloneError for payloads that cannot be cloned, in both directions', () => {
    const { figma, handles } = createFakeFigma();
    figma.showUI('<p>ui</p>');
    expect(() => figma.ui.postMessage({ callback: () => 1 })).toThrow(expect.objectContaining({ name: 'DataCloneError' }));
    expect(() => handles.ui.postMessage({ pluginMessage: () => 1 })).toThrow(expect.objectContaining({ name: 'DataCloneError' }));
  });
});

describe('host APIs', () => {
  it('cuts notify at 100 characters, records it, and returns a cancel handle', () => {
    const { figma, handles } = createFakeFigma();
    const handler = figma.notify('x'.repeat(150), { error: true });
    expect(handles.notifications[0]?.message).toHaveLength(100);
    expect(handles.notifications[0]?.options).toEqual({ error: true });
    handler.cancel();
    expect(handles.notifications[0]?.cancelled).toBe(true);
  });

  it('disables every API access after closePlugin, after firing close', () => {
    const { figma, handles } = createFakeFigma();
    const sticky = figma.createSticky();
    let closeFired = 0;
    figma.on('close', () => (closeFired += 1));
    figma.closePlugin('Done');
    expect(closeFired).toBe(1);
    expect(handles.closed).toBe(true);
    expect(handles.closeMessages).toEqual(['Done']);
    expect(() => figma.currentPage).toThrow('plugin has been closed');
    expect(() => figma.notify('again')).toThrow('plugin has been closed');
    expect(() => sticky.x).toThrow('plugin has been closed');
  });

  it('counts commitUndo and records scrollAndZoomIntoView', () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    section.x = 1000;
    section.resizeWithoutConstraints(400, 200);
    figma.commitUndo();
    figma.viewport.scrollAndZoomIntoView([section]);
    expect(handles.undoCommits).toBe(1);
    expect(handles.scrolledTo).toEqual([[section.id]]);
    expect(figma.viewport.center).toEqual({ x: 1200, y: 100 });
    const bounds = figma.viewport.bounds;
    expect(bounds.x).toBeLessThanOrEqual(1000);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(1400);
  });

  it('keeps clientStorage as async structured clones with a 5 MB quota', async () => {
    const { figma } = createFakeFigma();
    const value = { recent: ['a'] };
    await figma.clientStorage.setAsync('prefs', value);
    value.recent.push('b');
    expect(await figma.clientStorage.getAsync('prefs')).toEqual({ recent: ['a'] });
    expect(await figma.clientStorage.getAsync('missing')).toBeUndefined();
    expect(await figma.clientStorage.keysAsync()).toEqual(['prefs']);
    await expect(figma.clientStorage.setAsync('big', 'x'.repeat(CLIENT_STORAGE_QUOTA))).rejects.toThrow('quota');
    await expect(figma.clientStorage.setAsync('fn', () => 1)).rejects.toThrow();
    await figma.clientStorage.deleteAsync('prefs');
    expect(await figma.clientStorage.keysAsync()).toEqual([]);
  });

  it('fires selectionchange after every selection assignment, even the same one', async () => {
    const { figma, handles } = createFakeFigma();
    const sticky = figma.createSticky();
    let fired = 0;
    figma.on('selectionchange', () => (fired += 1));
    figma.currentPage.selection = [sticky];
    figma.currentPage.selection = [sticky];
    expect(fired).toBe(0);
    await handles.settleAsync();
    expect(fired).toBe(2);
    expect(figma.currentPage.selection.map((node) => node.id)).toEqual([sticky.id]);
    sticky.remove();
    expect(figma.currentPage.selection).toEqual([]);
  });

  it('passes command and skipInvisibleInstanceChildren through, and fires run from the handle', () => {
    const { figma, handles } = createFakeFigma({ command: 'export' });
    expect(figma.command).toBe('export');
    expect(figma.skipInvisibleInstanceChildren).toBe(false);
    figma.skipInvisibleInstanceChildren = true;
    expect(figma.skipInvisibleInstanceChildren).toBe(true);
    const runs: RunEvent[] = [];
    figma.once('run', (event) => runs.push(event));
    handles.board.emitRun({ command: 'export', parameters: undefined });
    handles.board.emitRun({ command: 'export', parameters: undefined });
    expect(runs).toEqual([{ command: 'export', parameters: undefined }]);
  });
});

describe('dynamic-page', () => {
  it('throws from sync getNodeById and currentPage assignment; getNodeByIdAsync resolves null when gone', async () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(() => figma.getNodeById(sticky.id)).toThrow('in getNodeById: Cannot call with documentAccess: dynamic-page');
    expect(() => Reflect.set(figma, 'currentPage', figma.currentPage)).toThrow('Cannot call with documentAccess: dynamic-page');
    expect((await figma.getNodeByIdAsync(sticky.id))?.id).toBe(sticky.id);
    sticky.remove();
    expect(await figma.getNodeByIdAsync('1:2')).toBeNull();
    expect(await figma.getNodeByIdAsync('99:99')).toBeNull();
  });

  it('refuses documentchange before loadAllPagesAsync', async () => {
    const { figma } = createFakeFigma();
    expect(() => figma.on('documentchange', () => undefined)).toThrow('loadAllPagesAsync');
    await figma.loadAllPagesAsync();
    expect(() => figma.on('documentchange', () => undefined)).toThrow('not modelled');
  });

  it('allows the sync lookup with full document access', () => {
    const { figma } = createFakeFigma({ documentAccess: 'full' });
    const sticky = figma.createSticky();
    expect(figma.getNodeById(sticky.id)?.id).toBe(sticky.id);
  });
});

describe('counting', () => {
  it('counts each read, call and write by node and member, and resets', () => {
    const { figma, handles } = createFakeFigma();
    const sticky = figma.createSticky();
    const id = sticky.id;
    handles.counts.reset();
    void sticky.x;
    void sticky.x;
    void sticky.text.characters;
    sticky.y = 10;
    sticky.getPluginData('k');
    void figma.currentPage.children;
    const counts = handles.counts.snapshot();
    expect(counts.byNode[id]).toEqual({ x: 2, text: 1, 'text.characters': 1, y: 1, getPluginData: 1 });
    expect(counts.byNode['figma']).toEqual({ currentPage: 1 });
    expect(counts.byNode['0:1']).toEqual({ children: 1 });
    expect([counts.reads, counts.calls, counts.writes, counts.total]).toEqual([6, 1, 1, 8]);
    expect(handles.counts.totalFor(id)).toBe(6);
    void sticky.id;
    expect(handles.counts.totalFor(id)).toBe(7);
    handles.counts.reset();
    expect(handles.counts.snapshot().total).toBe(0);
  });

  it('does not count what the fake reads for itself', () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    for (let index = 0; index < 5; index += 1) section.appendChild(figma.createSticky());
    handles.counts.reset();
    section.findAllWithCriteria({ types: ['STICKY'] });
    expect(handles.counts.snapshot().total).toBe(1);
  });
});

describe('board snapshot', () => {
  it('captures the page as plain data without counting, so a test can assert nothing changed', () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.setSharedPluginData('journeylanes', 'role', 'note');
    handles.counts.reset();
    const before = handles.board.snapshotPage();
    expect(handles.counts.snapshot().total).toBe(0);
    expect(before[0]?.children[0]).toMatchObject({ type: 'STICKY', sharedPluginData: { journeylanes: { role: 'note' } } });
    expect(handles.board.snapshotPage()).toEqual(before);
    sticky.x = 1;
    expect(handles.board.snapshotPage()).not.toEqual(before);
  });
});
