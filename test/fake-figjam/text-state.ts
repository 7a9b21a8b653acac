import type { Board } from './board';
import { fontKey } from './board';
import { typeMismatchError, unloadedFontError, unusableFontError } from './errors';
import { freezePaints, parsePaints } from './paints';

export const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' };
export const INTER_REGULAR: FontName = { family: 'Inter', style: 'Regular' };
/** A new connector's label font is invalid until set [MCP create-connector.md]; its exact value is undocumented. */
export const INVALID_FONT: FontName = { family: '', style: '' };

/**
 * New text is Charcoal #1E1E1E (Figma's FigJam guide for its MCP server; /work/shared/reference/figjam-api.md,
 * "Checked against primary sources"); that sticky and shape text start so too is [unverified].
 */
export const CHARCOAL_TEXT: ReadonlyArray<Paint> = [{ type: 'SOLID', color: { r: 30 / 255, g: 30 / 255, b: 30 / 255 } }];

/** Text properties shared by text sublayers and text nodes; every write that changes rendering needs the font. */
export class TextState {
  characters = '';
  fontSize: number;
  fills: ReadonlyArray<Paint>;

  constructor(
    private readonly board: Board,
    public fontName: FontName,
    fontSize: number,
    fills: ReadonlyArray<Paint> = CHARCOAL_TEXT,
  ) {
    this.fontSize = fontSize;
    this.fills = freezePaints(structuredClone([...fills]));
  }

  assertFontLoaded(accessor: string): void {
    if (!this.board.isFontLoaded(this.fontName)) throw unloadedFontError(accessor, this.fontName);
  }

  setCharacters(value: unknown): void {
    if (typeof value !== 'string') throw typeMismatchError('set_characters', 'characters', 'string', value);
    this.assertFontLoaded('set_characters');
    this.characters = value;
  }

  setFontName(value: unknown): void {
    if (typeof value !== 'object' || value === null) throw typeMismatchError('set_fontName', 'fontName', 'FontName', value);
    const { family, style } = value as Partial<FontName>;
    if (typeof family !== 'string' || typeof style !== 'string') throw typeMismatchError('set_fontName', 'fontName', 'FontName', value);
    const font = { family, style };
    if (!this.board.isFontLoaded(font)) throw unusableFontError(font);
    this.fontName = font;
  }

  setFontSize(value: unknown): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw typeMismatchError('set_fontSize', 'fontSize', 'number', value);
    if (value < 1) throw new Error(`in set_fontSize: Expected "fontSize" to have value >= 1 but got ${value} instead`);
    this.assertFontLoaded('set_fontSize');
    this.fontSize = value;
  }

  setFills(value: unknown): void {
    this.fills = parsePaints('set_fills', 'fills', value);
  }

  readFontName(): FontName {
    return { family: this.fontName.family, style: this.fontName.style };
  }

  hasMissingFont(): boolean {
    return this.board.unavailableFonts.has(fontKey(this.fontName));
  }
}
