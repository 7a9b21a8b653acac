import { describe, expect, it } from 'vitest';
import { PLUGIN_DATA_ENTRY_LIMIT, createFakeFigma } from './index';
import type { UnverifiedDefaults } from './index';

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' };
const CHARCOAL = { r: 30 / 255, g: 30 / 255, b: 30 / 255 };

function twoShapes(unverified: Partial<UnverifiedDefaults> = {}) {
  const fake = createFakeFigma({ unverified });
  const [a, b] = [fake.figma.createShapeWithText(), fake.figma.createShapeWithText()];
  b.x = 400;
  return { ...fake, a, b, connector: fake.figma.createConnector() };
}

describe('connector magnets (docs, ConnectorEndpoint)', () => {
  it('refuse CENTER on an elbowed connector and take every other magnet', () => {
    const { a, b, connector } = twoShapes();
    expect(connector.connectorLineType).toBe('ELBOWED');
    expect(() => (connector.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' })).toThrow('cannot attach to the CENTER magnet');
    for (const magnet of ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT'] as const) {
      connector.connectorEnd = { endpointNodeId: b.id, magnet };
      expect(connector.connectorEnd).toEqual({ endpointNodeId: b.id, magnet });
    }
  });

  it('take only CENTER or NONE on a straight connector; a position is always allowed', () => {
    const { a, b, connector } = twoShapes();
    connector.connectorLineType = 'STRAIGHT';
    for (const magnet of ['AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT'] as const) {
      expect(() => (connector.connectorStart = { endpointNodeId: a.id, magnet })).toThrow(`cannot attach to the ${magnet} magnet`);
    }
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' };
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'NONE' };
    connector.connectorEnd = { endpointNodeId: b.id, position: { x: 0.5, y: 0 } };
    expect(a.attachedConnectors.map((node) => node.id)).toEqual([connector.id]);
  });

  it('refuse a line type that an attached magnet does not fit [unverified, strict]', () => {
    const { a, connector } = twoShapes();
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' };
    expect(() => (connector.connectorLineType = 'STRAIGHT')).toThrow('cannot attach to the AUTO magnet');
    expect(connector.connectorLineType).toBe('ELBOWED');
  });

  it.each([
    ['like-elbowed', 'AUTO', 'CENTER'],
    ['like-straight', 'CENTER', 'AUTO'],
  ] as const)('on a curved connector follow the option curvedConnectorMagnets = %s', (setting, allowed, refused) => {
    const { a, connector } = twoShapes({ curvedConnectorMagnets: setting });
    connector.connectorLineType = 'CURVED';
    connector.connectorStart = { endpointNodeId: a.id, magnet: allowed };
    expect(() => (connector.connectorStart = { endpointNodeId: a.id, magnet: refused })).toThrow(`cannot attach to the ${refused} magnet`);
  });
});

describe('plugin data (typings, PluginDataMixin)', () => {
  it('counts namespace, key and value together against 100 kB, in UTF-8 bytes', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    const namespace = 'journeylanes';
    const key = 'spec';
    const fits = 'x'.repeat(PLUGIN_DATA_ENTRY_LIMIT - namespace.length - key.length);
    sticky.setSharedPluginData(namespace, key, fits);
    expect(() => sticky.setSharedPluginData(namespace, key, `${fits}x`)).toThrow('100 kB');
    // "é" is two bytes: half as many characters reach the limit.
    expect(() => sticky.setSharedPluginData(namespace, key, 'é'.repeat(PLUGIN_DATA_ENTRY_LIMIT / 2))).toThrow('100 kB');
    expect(sticky.getSharedPluginData(namespace, key)).toBe(fits);
  });
});

describe('selectionchange (typings, figma.on)', () => {
  it('fires when a selected node is removed, and the selection loses it', async () => {
    const { figma, handles } = createFakeFigma();
    const section = figma.createSection();
    const inside = figma.createSticky();
    section.appendChild(inside);
    const other = figma.createSticky();
    figma.currentPage.selection = [inside, other];
    await handles.settleAsync();
    let fired = 0;
    figma.on('selectionchange', () => (fired += 1));
    section.remove();
    await handles.settleAsync();
    expect(fired).toBe(1);
    expect(figma.currentPage.selection.map((node) => node.id)).toEqual([other.id]);
  });

  it('does not fire when a node that is not selected is removed', async () => {
    const { figma, handles } = createFakeFigma();
    const selected = figma.createSticky();
    const loose = figma.createSticky();
    figma.currentPage.selection = [selected];
    await handles.settleAsync();
    let fired = 0;
    figma.on('selectionchange', () => (fired += 1));
    loose.remove();
    await handles.settleAsync();
    expect(fired).toBe(0);
  });
});

describe.each([false, true])('clone() (typings) with cloneIntoSameParent = %s', (cloneIntoSameParent) => {
  it('copies a stamp, a sticky with its text and plugin data, a shape, a text and a section with its children', async () => {
    const { figma, handles } = createFakeFigma({ unverified: { cloneIntoSameParent } });
    await figma.loadFontAsync(INTER_MEDIUM);
    const section = figma.createSection();
    section.resizeWithoutConstraints(800, 600);
    section.x = 1000;
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.x = 40;
    sticky.text.characters = 'Checkout asks for an account';
    sticky.setSharedPluginData('journeylanes', 'votes', '{"votes":2}');
    const stamp = handles.board.addStamp({ name: '+1', stuckTo: sticky });
    const expectedParent = cloneIntoSameParent ? section.id : figma.currentPage.id;

    const stampCopy = stamp.clone();
    expect(stampCopy.type).toBe('STAMP');
    expect(stampCopy.id).not.toBe(stamp.id);
    expect(stampCopy.name).toBe('+1');
    expect(stampCopy.stuckTo).toBeNull();
    expect(stampCopy.parent!.id).toBe(expectedParent);

    const stickyCopy = sticky.clone();
    expect(stickyCopy.text.characters).toBe('Checkout asks for an account');
    expect(stickyCopy.getSharedPluginData('journeylanes', 'votes')).toBe('{"votes":2}');
    expect([stickyCopy.x, stickyCopy.y]).toEqual([sticky.x, sticky.y]);
    expect(stickyCopy.parent!.id).toBe(expectedParent);
    expect(sticky.stuckNodes.map((node) => node.id)).toEqual([stamp.id]);
    expect(stickyCopy.stuckNodes).toEqual([]);

    const shape = figma.createShapeWithText();
    shape.shapeType = 'DIAMOND';
    shape.text.characters = 'Stage';
    const shapeCopy = shape.clone();
    expect([shapeCopy.shapeType, shapeCopy.text.characters, shapeCopy.width]).toEqual(['DIAMOND', 'Stage', shape.width]);

    const text = figma.createText();
    text.characters = 'Instructions';
    text.textAlignHorizontal = 'CENTER';
    const textCopy = text.clone();
    expect([textCopy.characters, textCopy.textAlignHorizontal, textCopy.name]).toEqual(['Instructions', 'CENTER', 'Instructions']);

    const sectionCopy = section.clone();
    expect(sectionCopy.parent!.id).toBe(figma.currentPage.id);
    expect([sectionCopy.width, sectionCopy.height, sectionCopy.x]).toEqual([800, 600, 1000]);
    const copiedChildren = sectionCopy.children;
    expect(copiedChildren.map((node) => node.type)).toEqual(section.children.map((node) => node.type));
    expect(copiedChildren.every((node) => !section.children.some((original) => original.id === node.id))).toBe(true);
    expect(copiedChildren[0]!.type === 'STICKY' && copiedChildren[0]!.text.characters).toBe('Checkout asks for an account');
  });

  it('is a change the failure injection can fail', () => {
    const { figma, handles } = createFakeFigma({ unverified: { cloneIntoSameParent } });
    const sticky = figma.createSticky();
    handles.board.failAtChange(1);
    expect(() => sticky.clone()).toThrow('Injected failure at change 1 (clone)');
    expect(figma.currentPage.children).toHaveLength(1);
  });
});

describe('default text colours', () => {
  it('give new text Charcoal #1E1E1E, sticky and shape text too [unverified], and a connector label no fills', () => {
    const { figma } = createFakeFigma();
    const charcoal = [{ type: 'SOLID', visible: true, opacity: 1, blendMode: 'NORMAL', color: CHARCOAL }];
    expect(figma.createText().fills).toEqual(charcoal);
    expect(figma.createSticky().text.fills).toEqual(charcoal);
    expect(figma.createShapeWithText().text.fills).toEqual(charcoal);
    expect(figma.createConnector().text.fills).toEqual([]);
  });
});

describe('text settings that need the font (typings, TextNode)', () => {
  it('refuse textAlignHorizontal, textAlignVertical and textAutoResize before loadFontAsync, and take them after', async () => {
    const { figma } = createFakeFigma();
    const text = figma.createText();
    expect(() => (text.textAlignHorizontal = 'CENTER')).toThrow('in set_textAlignHorizontal: Cannot write to node with unloaded font');
    expect(() => (text.textAlignVertical = 'CENTER')).toThrow('in set_textAlignVertical: Cannot write to node with unloaded font');
    expect(() => (text.textAutoResize = 'HEIGHT')).toThrow('in set_textAutoResize: Cannot write to node with unloaded font');
    text.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }];
    await figma.loadFontAsync(INTER_MEDIUM);
    text.textAlignHorizontal = 'CENTER';
    text.textAlignVertical = 'BOTTOM';
    text.textAutoResize = 'HEIGHT';
    expect([text.textAlignHorizontal, text.textAlignVertical, text.textAutoResize]).toEqual(['CENTER', 'BOTTOM', 'HEIGHT']);
  });
});
