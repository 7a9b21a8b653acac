import { describe, expect, it } from 'vitest';
import { createFakeFigma } from './index';

describe('geometry', () => {
  it('keeps relative x/y when re-parented, so the node moves on screen', () => {
    const { figma } = createFakeFigma();
    const section = figma.createSection();
    section.x = 1000;
    section.y = 500;
    section.resizeWithoutConstraints(600, 600);
    const sticky = figma.createSticky();
    sticky.x = 100;
    sticky.y = 50;
    expect(sticky.absoluteBoundingBox).toEqual({ x: 100, y: 50, width: 240, height: 240 });
    section.appendChild(sticky);
    expect([sticky.x, sticky.y]).toEqual([100, 50]);
    expect(sticky.absoluteTransform).toEqual([
      [1, 0, 1100],
      [0, 1, 550],
    ]);
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1100, y: 550, width: 240, height: 240 });
    expect(sticky.relativeTransform).toEqual([
      [1, 0, 100],
      [0, 1, 50],
    ]);
  });

  it('computes absolute positions through nested sections', () => {
    const { figma } = createFakeFigma();
    const outer = figma.createSection();
    outer.x = 10;
    const inner = figma.createSection();
    outer.appendChild(inner);
    inner.y = 20;
    const text = figma.createText();
    inner.appendChild(text);
    text.x = 3;
    text.y = 4;
    expect(text.absoluteTransform[0][2]).toBe(13);
    expect(text.absoluteTransform[1][2]).toBe(24);
  });
});

describe('tree', () => {
  it('returns children back to front as a fresh frozen array', () => {
    const { figma } = createFakeFigma();
    const first = figma.createSticky();
    const second = figma.createSticky();
    const children = figma.currentPage.children;
    expect(children.map((node) => node.id)).toEqual([first.id, second.id]);
    expect(Object.isFrozen(children)).toBe(true);
    expect(figma.currentPage.children).not.toBe(children);
    figma.currentPage.insertChild(0, second);
    expect(figma.currentPage.children.map((node) => node.id)).toEqual([second.id, first.id]);
    expect(children.map((node) => node.id)).toEqual([first.id, second.id]);
  });

  it('throws the documented appendChild and insertChild errors', () => {
    const { figma } = createFakeFigma();
    const outer = figma.createSection();
    const inner = figma.createSection();
    outer.appendChild(inner);
    expect(() => inner.appendChild(outer)).toThrow('Cannot move node. Doing so would create a parenting cycle');
    expect(() => outer.appendChild(outer)).toThrow('parenting cycle');
    expect(() => outer.insertChild(5, figma.createSticky())).toThrow(
      'Cannot insert node at index greater than the number of existing siblings',
    );
    // @ts-expect-error a page is not a scene node
    expect(() => outer.appendChild(figma.currentPage)).toThrow('Nodes other than the root node cannot have children of type PAGE');
  });

  it('marks removed nodes and their descendants, and throws on their use', () => {
    const { figma } = createFakeFigma();
    const section = figma.createSection();
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    const stickyId = sticky.id;
    section.remove();
    expect(section.removed).toBe(true);
    expect(sticky.removed).toBe(true);
    expect(figma.currentPage.children).toHaveLength(0);
    expect(() => sticky.x).toThrow(`in get_x: The node with id "${stickyId}" does not exist`);
    expect(() => sticky.remove()).toThrow(`in remove: The node with id "${stickyId}" does not exist`);
    expect(() => (sticky.name = 'x')).toThrow('in set_name');
    expect(() => sticky.text.characters).toThrow('does not exist');
    expect(() => figma.currentPage.appendChild(sticky)).toThrow('does not exist');
    // Only `removed` stays readable; even the id is gone [unverified, the strict choice].
    expect(() => sticky.id).toThrow('in get_id');
  });

  it('finds in pre-order, back to front, excluding the node itself', () => {
    const { figma } = createFakeFigma();
    const section = figma.createSection();
    const inside = figma.createSticky();
    section.appendChild(inside);
    const shape = figma.createShapeWithText();
    const page = figma.currentPage;
    expect(page.findAll().map((node) => node.id)).toEqual([section.id, inside.id, shape.id]);
    expect(page.findOne((node) => node.type === 'STICKY')?.id).toBe(inside.id);
    expect(page.findChildren().map((node) => node.id)).toEqual([section.id, shape.id]);
    expect(page.findChild((node) => node.type === 'STICKY')).toBeNull();
    expect(section.findAll().map((node) => node.id)).toEqual([inside.id]);
    const stickies = page.findAllWithCriteria({ types: ['STICKY'] });
    expect(stickies.map((node) => node.text.characters)).toEqual(['']);
  });

  it('filters findAllWithCriteria by plugin data keys and shared namespace', () => {
    const { figma } = createFakeFigma();
    const a = figma.createSticky();
    const b = figma.createSticky();
    const c = figma.createShapeWithText();
    a.setPluginData('role', 'note');
    b.setSharedPluginData('journeylanes', 'role', 'lane');
    c.setSharedPluginData('journeylanes', 'mapId', 'm1');
    const page = figma.currentPage;
    expect(page.findAllWithCriteria({ pluginData: {} }).map((node) => node.id)).toEqual([a.id]);
    expect(page.findAllWithCriteria({ pluginData: { keys: ['other'] } })).toEqual([]);
    expect(page.findAllWithCriteria({ sharedPluginData: { namespace: 'journeylanes' } }).map((node) => node.id)).toEqual([b.id, c.id]);
    expect(
      page.findAllWithCriteria({ types: ['STICKY'], sharedPluginData: { namespace: 'journeylanes', keys: ['role'] } }).map((node) => node.id),
    ).toEqual([b.id]);
  });
});

describe('plugin data', () => {
  it('reads "" for missing keys, deletes on "", and lists keys', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(sticky.getPluginData('missing')).toBe('');
    sticky.setPluginData('a', '1');
    sticky.setPluginData('b', '2');
    expect(sticky.getPluginDataKeys()).toEqual(['a', 'b']);
    sticky.setPluginData('a', '');
    expect(sticky.getPluginDataKeys()).toEqual(['b']);
    sticky.setSharedPluginData('journeylanes', 'k', 'v');
    expect(sticky.getSharedPluginDataKeys('journeylanes')).toEqual(['k']);
    expect(sticky.getSharedPluginData('journeylanes', 'nope')).toBe('');
  });

  it('enforces the 100 kB entry limit and the shared namespace rule', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(() => sticky.setPluginData('big', 'x'.repeat(100 * 1024))).toThrow('100 kB');
    sticky.setPluginData('fits', 'x'.repeat(90 * 1024));
    expect(sticky.getPluginData('fits')).toHaveLength(90 * 1024);
    expect(() => sticky.setSharedPluginData('ab', 'k', 'v')).toThrow('at least 3 alphanumeric');
    expect(() => sticky.setSharedPluginData('a-b-c', 'k', 'v')).toThrow('at least 3 alphanumeric');
    expect(() => sticky.getSharedPluginData('ab', 'k')).toThrow('at least 3 alphanumeric');
  });
});
