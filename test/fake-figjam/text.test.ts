import { describe, expect, it } from 'vitest';
import { createFakeFigma } from './index';

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' };
const UNLOADED_MESSAGE =
  'in set_characters: Cannot write to node with unloaded font "Inter Medium". Please call figma.loadFontAsync({ family: "Inter", style: "Medium" }) and await the returned promise first.';

describe('text sublayers', () => {
  it('throw Figma\'s exact message when characters are written before the font is loaded', () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(sticky.text.fontName).toEqual(INTER_MEDIUM);
    expect(() => (sticky.text.characters = 'Hello')).toThrow(new Error(UNLOADED_MESSAGE));
    expect(sticky.text.characters).toBe('');
  });

  it('count the font as loaded only once loadFontAsync has resolved', async () => {
    const { figma } = createFakeFigma();
    const shape = figma.createShapeWithText();
    const loading = figma.loadFontAsync(INTER_MEDIUM);
    expect(() => (shape.text.characters = 'early')).toThrow('unloaded font');
    await loading;
    shape.text.characters = 'Hello';
    shape.text.fontSize = 30;
    expect([shape.text.characters, shape.text.fontSize]).toEqual(['Hello', 30]);
  });

  it('need the new font to set fontName and the current font to set fontSize, but not to set fills or read', async () => {
    const { figma } = createFakeFigma();
    const sticky = figma.createSticky();
    expect(() => (sticky.text.fontSize = 12)).toThrow('in set_fontSize: Cannot write to node with unloaded font "Inter Medium"');
    expect(() => (sticky.text.fontName = { family: 'Inter', style: 'Bold' })).toThrow(
      'in set_fontName: Cannot use unloaded font "Inter Bold"',
    );
    sticky.text.fills = [{ type: 'SOLID', color: { r: 0, g: 0, b: 1 } }];
    expect(sticky.text.characters).toBe('');
    await figma.loadFontAsync({ family: 'Inter', style: 'Bold' });
    sticky.text.fontName = { family: 'Inter', style: 'Bold' };
    expect(sticky.text.fontName).toEqual({ family: 'Inter', style: 'Bold' });
  });

  it('have no id, plugin data or alignment, and refuse new properties', () => {
    const { figma } = createFakeFigma();
    const text = figma.createSticky().text;
    expect(Reflect.get(text, 'id')).toBeUndefined();
    expect(Reflect.get(text, 'setPluginData')).toBeUndefined();
    // @ts-expect-error TextSublayerNode has no textAlignHorizontal
    expect(() => (text.textAlignHorizontal = 'CENTER')).toThrow('object is not extensible');
  });

  it('reject loadFontAsync for an unavailable font and report hasMissingFont', async () => {
    const { figma, handles } = createFakeFigma({ unavailableFonts: [{ family: 'Brand', style: 'Regular' }] });
    await expect(figma.loadFontAsync({ family: 'Brand', style: 'Regular' })).rejects.toThrow('could not be loaded');
    handles.board.makeFontUnavailable(INTER_MEDIUM);
    await expect(figma.loadFontAsync(INTER_MEDIUM)).rejects.toThrow('"Inter Medium" could not be loaded');
    expect(figma.createSticky().text.hasMissingFont).toBe(true);
  });
});

describe('text nodes', () => {
  it('default to Inter Medium in FigJam, follow characters in the name, and auto-size', async () => {
    const { figma } = createFakeFigma();
    const text = figma.createText();
    expect(text.fontName).toEqual(INTER_MEDIUM);
    expect(text.textAutoResize).toBe('WIDTH_AND_HEIGHT');
    await figma.loadFontAsync(INTER_MEDIUM);
    text.characters = 'Journey';
    expect(text.name).toBe('Journey');
    const oneLineWidth = text.width;
    text.characters = 'Journey map';
    expect(text.width).toBeGreaterThan(oneLineWidth);
    text.name = 'Title';
    text.characters = 'Other';
    expect(text.name).toBe('Title');
  });

  it('wrap to a fixed width with HEIGHT, and need the font for textAutoResize and alignment', async () => {
    const { figma } = createFakeFigma();
    const text = figma.createText();
    expect(() => (text.textAutoResize = 'HEIGHT')).toThrow('in set_textAutoResize: Cannot write to node with unloaded font');
    expect(() => (text.textAlignHorizontal = 'CENTER')).toThrow('unloaded font');
    text.resize(100, 10);
    expect(text.textAutoResize).toBe('NONE');
    await figma.loadFontAsync(INTER_MEDIUM);
    text.characters = 'many words that will not fit on one line of a hundred pixels';
    text.textAutoResize = 'HEIGHT';
    expect(text.width).toBe(100);
    expect(text.height).toBeGreaterThan(10);
    text.textAlignHorizontal = 'CENTER';
    expect(text.textAlignHorizontal).toBe('CENTER');
  });

  it('expose figma.mixed as a symbol', () => {
    const { figma } = createFakeFigma();
    expect(typeof figma.mixed).toBe('symbol');
  });
});
