import type { FigJamText } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { TEXT_MEMBERS } from './figma-member-names';
import { FakeSceneNodeBase } from './fake-node';
import { copyRecordInto, copyTextState, placeClone, registerCopier } from './clone-node';
import { recordOf } from './node-record';
import { parseMinimumSize, parseOpacity } from './opacity';
import { INTER_MEDIUM, INTER_REGULAR, TextState } from './text-state';
import { measureTextBlock } from './text-metrics';

const AUTO_RESIZE: ReadonlyArray<TextNode['textAutoResize']> = ['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'];
const ALIGN_HORIZONTAL: ReadonlyArray<TextNode['textAlignHorizontal']> = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'];
const ALIGN_VERTICAL: ReadonlyArray<TextNode['textAlignVertical']> = ['TOP', 'CENTER', 'BOTTOM'];

/**
 * A TextNode subset. Default font Inter Medium in FigJam, Inter Regular in Figma [PS vote-tally; 3rd yuanqing
 * PR #34]; every write that changes layout needs the font loaded (characters, fontName, fontSize [T: loadFontAsync],
 * textAutoResize [3rd figwright PR #180], alignment [unverified]); resize does not [T: LayoutMixin.resize remarks].
 * The name follows the characters until it is set [T: BaseNodeMixin.name].
 */
export class FakeText extends FakeSceneNodeBase implements FigJamText {
  readonly #text: TextState;
  #autoRename = true;
  #textAutoResize: TextNode['textAutoResize'] = 'WIDTH_AND_HEIGHT';
  #alignHorizontal: TextNode['textAlignHorizontal'] = 'LEFT';
  #alignVertical: TextNode['textAlignVertical'] = 'TOP';
  #opacity = 1;

  constructor(board: Board) {
    super(board, 'TEXT', 'TextNode', TEXT_MEMBERS);
    const figjam = board.editorType === 'figjam';
    this.#text = new TextState(board, figjam ? INTER_MEDIUM : INTER_REGULAR, figjam ? board.unverified.textFontSize : 12);
    this.#layout();
    registerCopier(this, () => this.#copy());
  }

  /** [T: TextNode.clone] "Duplicates the text node"; see placeClone for where the copy goes. */
  clone(): FakeText {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeText {
    const copy = new FakeText(recordOf(this).board);
    copyRecordInto(this, copy);
    copyTextState(this.#text, copy.#text);
    copy.#autoRename = this.#autoRename;
    copy.#textAutoResize = this.#textAutoResize;
    copy.#alignHorizontal = this.#alignHorizontal;
    copy.#alignVertical = this.#alignVertical;
    copy.#opacity = this.#opacity;
    return copy;
  }

  get type(): 'TEXT' {
    return 'TEXT';
  }

  override get name(): string {
    return this.#autoRename ? this.#text.characters : recordOf(this).name;
  }

  override set name(value: string) {
    super.name = value;
    this.#autoRename = false;
  }

  get characters(): string {
    return this.#text.characters;
  }

  set characters(value: string) {
    this.#text.setCharacters(value);
    this.#layout();
  }

  get fontName(): FontName | PluginAPI['mixed'] {
    return this.#text.readFontName();
  }

  set fontName(value: FontName | PluginAPI['mixed']) {
    this.#text.setFontName(value);
    this.#layout();
  }

  get fontSize(): number | PluginAPI['mixed'] {
    return this.#text.fontSize;
  }

  set fontSize(value: number | PluginAPI['mixed']) {
    this.#text.setFontSize(value);
    this.#layout();
  }

  get fills(): ReadonlyArray<Paint> | PluginAPI['mixed'] {
    return this.#text.fills;
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    this.#text.setFills(value);
  }

  get hasMissingFont(): boolean {
    return this.#text.hasMissingFont();
  }

  get opacity(): number {
    return this.#opacity;
  }

  set opacity(value: number) {
    this.#opacity = parseOpacity(value);
  }

  get textAutoResize(): TextNode['textAutoResize'] {
    return this.#textAutoResize;
  }

  set textAutoResize(value: TextNode['textAutoResize']) {
    assertOneOf('textAutoResize', AUTO_RESIZE, value);
    this.#text.assertFontLoaded('set_textAutoResize');
    this.#textAutoResize = value;
    this.#layout();
  }

  get textAlignHorizontal(): TextNode['textAlignHorizontal'] {
    return this.#alignHorizontal;
  }

  set textAlignHorizontal(value: TextNode['textAlignHorizontal']) {
    assertOneOf('textAlignHorizontal', ALIGN_HORIZONTAL, value);
    this.#text.assertFontLoaded('set_textAlignHorizontal');
    this.#alignHorizontal = value;
  }

  get textAlignVertical(): TextNode['textAlignVertical'] {
    return this.#alignVertical;
  }

  set textAlignVertical(value: TextNode['textAlignVertical']) {
    assertOneOf('textAlignVertical', ALIGN_VERTICAL, value);
    this.#text.assertFontLoaded('set_textAlignVertical');
    this.#alignVertical = value;
  }

  /** A fixed size turns WIDTH_AND_HEIGHT into NONE; HEIGHT keeps the width and re-measures the height [unverified]. */
  resize(width: number, height: number): void {
    const size = parseMinimumSize('resize', width, height);
    const record = recordOf(this);
    record.width = size.width;
    record.height = size.height;
    if (this.#textAutoResize === 'WIDTH_AND_HEIGHT') this.#textAutoResize = 'NONE';
    this.#layout();
  }

  #layout(): void {
    const record = recordOf(this);
    const fontSize = this.#text.fontSize;
    if (this.#textAutoResize === 'WIDTH_AND_HEIGHT') {
      const block = measureTextBlock(this.#text.characters, fontSize, null);
      record.width = Math.max(block.width, 0.01);
      record.height = block.height;
    } else if (this.#textAutoResize === 'HEIGHT') {
      record.height = measureTextBlock(this.#text.characters, fontSize, record.width).height;
    }
  }
}

function assertOneOf<T extends string>(property: string, allowed: ReadonlyArray<T>, value: T): void {
  if (!allowed.includes(value)) throw new Error(`in set_${property}: Invalid enum value "${String(value)}" for "${property}"`);
}
