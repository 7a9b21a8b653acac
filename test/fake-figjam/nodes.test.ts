import { describe, expect, it } from 'vitest';
import { createFakeFigma, STICKY_SIZE, WIDE_STICKY_WIDTH } from './index';

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' };

describe('creation', () => {
  it('gives ids "<int>:<int>" and puts new nodes on the current page at (0,0)', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(sticky.id).toMatch(/^\d+:\d+$/);
    expect(sticky.parent?.id).toBe(figma.currentPage.id);
    expect([sticky.x, sticky.y]).toEqual([0, 0]);
    expect(figma.root.type).toBe('DOCUMENT');
    expect(figma.root.children.map((page) => page.type)).toEqual(['PAGE']);
    expect(figma.currentPage.parent?.id).toBe(figma.root.id);
    expect(figma.editorType).toBe('figjam');
  });

  it('removes the FigJam-only creators in Figma Design the way the runtime does', () => {
    const { figma } = createFakeFigma({ editorType: 'figma' });
    expect(() => figma.createSticky()).toThrow(new TypeError("no such property 'createSticky' on the figma global object"));
    expect(() => figma.createShapeWithText).toThrow(TypeError);
    expect(() => figma.createConnector).toThrow(TypeError);
    expect(figma.createSection().type).toBe('SECTION');
    expect(figma.createText().fontName).toEqual({ family: 'Inter', style: 'Regular' });
  });

  it('throws "no such property" for names the figma object does not have, and not-modelled for those it does', () => {
    const { figma } = createFakeFigma();
    expect(() => Reflect.get(figma, 'createStamp')).toThrow("no such property 'createStamp'");
    expect(() => Reflect.get(figma, 'createPage')).toThrow("no such property 'createPage'");
    expect(() => Reflect.get(figma, 'createTable')).toThrow(/figma.createTable is not modelled by the fake/);
  });
});

describe('sticky', () => {
  it('is 240 × 240, 416 wide when isWideWidth, and grows in height with text', async () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect([sticky.width, sticky.height]).toEqual([STICKY_SIZE, STICKY_SIZE]);
    sticky.isWideWidth = true;
    expect(sticky.width).toBe(WIDE_STICKY_WIDTH);
    await figma.loadFontAsync(INTER_MEDIUM);
    sticky.isWideWidth = false;
    sticky.text.characters = 'word '.repeat(200);
    expect(sticky.width).toBe(STICKY_SIZE);
    expect(sticky.height).toBeGreaterThan(STICKY_SIZE);
    const tall = sticky.height;
    sticky.text.characters = 'short';
    expect(sticky.height).toBe(STICKY_SIZE);
    expect(tall).toBeGreaterThan(sticky.height);
  });

  it('refuses width and height assignment, and rotation, resize and strokes it does not have', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    // @ts-expect-error width is read-only in Figma's typings
    expect(() => (sticky.width = 300)).toThrow(new TypeError('no setter for property'));
    expect(() => Reflect.set(sticky, 'height', 300)).toThrow('no setter for property');
    expect(sticky.width).toBe(STICKY_SIZE);
    // @ts-expect-error StickyNode has no rotation
    expect(() => (sticky.rotation = 10)).toThrow('Cannot add property rotation, object is not extensible');
    // @ts-expect-error StickyNode has no resize
    expect(sticky.resize).toBeUndefined();
  });

  it('throws on a property the node type does not have (a typo)', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    // @ts-expect-error isWide is not a StickyNode member
    expect(() => (sticky.isWide = true)).toThrow(new TypeError('Cannot add property isWide, object is not extensible'));
    expect(Object.isExtensible(sticky)).toBe(false);
    expect(() => Object.defineProperty(sticky, 'extra', { value: 1 })).toThrow('object is not extensible');
  });

  it('throws "not modelled" for Figma members the fake does not implement', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(() => Reflect.get(sticky, 'exportAsync')).toThrow('StickyNode.exportAsync is not modelled by the fake');
    expect(() => Reflect.set(sticky, 'blendMode', 'NORMAL')).toThrow('StickyNode.blendMode is not modelled by the fake');
  });

  it('sets the author to the current user on creation', () => {
    const { figma, handles } = createFakeFigma({ currentUser: { id: '1', name: 'Ada' } });
    expect(figma.createSticky().authorName).toBe('Ada');
    handles.board.setCurrentUser({ id: '2', name: 'Grace' });
    const sticky = figma.createSticky();
    expect(sticky.authorName).toBe('Grace');
    sticky.authorVisible = false;
    expect(sticky.authorVisible).toBe(false);
  });

  it('validates fills and returns a frozen array', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    sticky.fills = [{ type: 'SOLID', color: { r: 0.702, g: 0.937, b: 0.741 } }];
    expect(Object.isFrozen(sticky.fills)).toBe(true);
    expect(() => {
      sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } as RGB }];
    }).toThrow("Unrecognized key(s) in object: 'a' at [0].color");
    expect(() => {
      sticky.fills = [{ type: 'SOLID', color: { r: 2, g: 0, b: 0 } }];
    }).toThrow('in set_fills');
  });
});

describe('shape with text', () => {
  it('is a 208 × 208 ellipse that resizes to at least 0.01 and rotates about its top-left corner', () => {
    const { figma } = createFakeFigma();
    const shape = figma.createShapeWithText();
    expect([shape.width, shape.height, shape.shapeType]).toEqual([208, 208, 'ELLIPSE']);
    shape.resize(100, 50);
    expect([shape.width, shape.height]).toEqual([100, 50]);
    expect(() => shape.resize(0, 10)).toThrow('in resize');
    shape.x = 10;
    shape.y = 20;
    shape.rotation = 90;
    expect(shape.rotation).toBeCloseTo(90);
    expect([shape.x, shape.y]).toEqual([10, 20]);
    const box = shape.absoluteBoundingBox;
    expect(box?.width).toBeCloseTo(50);
    expect(box?.height).toBeCloseTo(100);
    // @ts-expect-error not a shape type
    expect(() => (shape.shapeType = 'CIRCLE')).toThrow('in set_shapeType');
  });
});

describe('section', () => {
  it('starts tiny, resizes both ways, holds sections, and never grows by itself', () => {
    const { figma } = createFakeFigma();
    const outer = figma.createSection();
    const start = outer.width;
    expect(start).toBeLessThan(100);
    outer.resizeWithoutConstraints(800, 600);
    expect([outer.width, outer.height]).toEqual([800, 600]);
    outer.resize(900, 700);
    expect([outer.width, outer.height]).toEqual([900, 700]);
    const inner = figma.createSection();
    outer.appendChild(inner);
    const sticky = figma.createSticky();
    inner.appendChild(sticky);
    sticky.x = 5000;
    expect([inner.width, outer.width]).toEqual([start, 900]);
    expect(outer.findAll().map((node) => node.id)).toEqual([inner.id, sticky.id]);
  });
});

describe('connector', () => {
  it('has its documented defaults and an invalid label font that cannot be loaded', async () => {
    const { figma } = createFakeFigma();
    const connector = figma.createConnector();
    expect(connector.connectorLineType).toBe('ELBOWED');
    expect([connector.connectorStartStrokeCap, connector.connectorEndStrokeCap]).toEqual(['NONE', 'ARROW_LINES']);
    expect(connector.width).toBe(200);
    const font = connector.text.fontName as FontName;
    await expect(figma.loadFontAsync(font)).rejects.toThrow();
    expect(() => (connector.text.characters = 'label')).toThrow('Cannot write to node with unloaded font');
    await figma.loadFontAsync(INTER_MEDIUM);
    connector.text.fontName = INTER_MEDIUM;
    connector.text.characters = 'label';
    expect(connector.text.characters).toBe('label');
  });

  it('attaches to nodes by id and shows on their attachedConnectors', () => {
    const { figma } = createFakeFigma();
    const a = figma.createSticky();
    const b = figma.createSticky();
    b.x = 500;
    const connector = figma.createConnector();
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'RIGHT' };
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'LEFT' };
    expect(a.attachedConnectors.map((node) => node.id)).toEqual([connector.id]);
    expect([connector.x, connector.width]).toEqual([240, 260]);
    expect(() => (connector.connectorEnd = { endpointNodeId: '9:999', magnet: 'AUTO' })).toThrow('does not exist');
  });

  it('lives in a section: endpoints are canvas points, its x/y relative to the section', () => {
    const { figma } = createFakeFigma();
    const section = figma.createSection();
    section.x = 1000;
    section.y = 2000;
    section.resizeWithoutConstraints(800, 600);
    const [a, b] = [figma.createShapeWithText(), figma.createShapeWithText()];
    for (const [shape, x, y] of [[a, 100, 400], [b, 500, 100]] as const) {
      section.appendChild(shape);
      shape.resize(20, 20);
      shape.x = x;
      shape.y = y;
    }
    const connector = figma.createConnector();
    section.appendChild(connector);
    connector.connectorLineType = 'STRAIGHT';
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' };
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'CENTER' };
    expect(connector.parent?.id).toBe(section.id);
    expect([connector.x, connector.y, connector.width, connector.height]).toEqual([110, 110, 400, 300]);
    expect(connector.absoluteBoundingBox).toEqual({ x: 1110, y: 2110, width: 400, height: 300 });
    expect(b.attachedConnectors.map((node) => node.id)).toEqual([connector.id]);
    expect(() => (connector.strokeWeight = Number.NaN)).toThrow();
  });
});

describe('stamps', () => {
  it('are added through the board handle, stuck to a note both ways', () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    const stamp = handles.board.addStamp({ name: '+1', stuckTo: sticky });
    expect(stamp.type).toBe('STAMP');
    expect(stamp.name).toBe('+1');
    expect(stamp.stuckTo?.id).toBe(sticky.id);
    expect(stamp.parent?.id).toBe(section.id);
    expect(sticky.stuckNodes.map((node) => node.id)).toEqual([stamp.id]);
    expect(figma.currentPage.findAllWithCriteria({ types: ['STAMP'] })).toHaveLength(1);
    // @ts-expect-error stuckTo is read-only in our slice
    expect(() => (stamp.stuckTo = null)).toThrow('not modelled');
    sticky.remove();
    expect(stamp.stuckTo).toBeNull();
  });

  it('follow their note when the note is moved or re-parented, by the same page distance', () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    section.x = 1000;
    const sticky = figma.createSticky();
    const stamp = handles.board.addStamp({ name: '+1', stuckTo: sticky });
    const loose = handles.board.addStamp({ name: 'heart', position: { x: 50, y: 50 } });
    const start = stamp.absoluteBoundingBox!;
    sticky.x = 300;
    sticky.y = -20;
    expect([stamp.absoluteBoundingBox!.x, stamp.absoluteBoundingBox!.y]).toEqual([start.x + 300, start.y - 20]);
    section.appendChild(sticky);
    expect(stamp.absoluteBoundingBox!.x).toBe(start.x + 1300);
    expect(stamp.parent?.id).toBe(figma.currentPage.id);
    expect([loose.x, loose.y]).toEqual([50, 50]);
  });
});
