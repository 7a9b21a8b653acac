import type { FigJamSticky } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { typeMismatchError } from './errors';
import { STICKY_MEMBERS } from './figma-member-names';
import { FakeSceneNodeBase } from './fake-node';
import { copyRecordInto, copyTextState, placeClone, registerCopier } from './clone-node';
import { FakeTextSublayer, readSublayerText } from './fake-text-sublayer';
import { recordOf } from './node-record';
import { freezePaints, parsePaints } from './paints';
import { measureTextBlock } from './text-metrics';
import { parseOpacity } from './opacity';

export const STICKY_SIZE = 240;
export const WIDE_STICKY_WIDTH = 416;
/** Inner padding used by the height approximation [unverified]. */
export const STICKY_PADDING = 24;

/** 240 × 240, or 416 wide with isWideWidth; height grows with the text; width and height cannot be set [MCP create-sticky.md]. */
export class FakeSticky extends FakeSceneNodeBase implements FigJamSticky {
  readonly #text: FakeTextSublayer;
  #isWideWidth = false;
  #authorName: string;
  #authorVisible: boolean;
  #fills: ReadonlyArray<Paint>;
  #opacity = 1;

  constructor(board: Board) {
    super(board, 'STICKY', 'StickyNode', STICKY_MEMBERS);
    const record = recordOf(this);
    record.width = STICKY_SIZE;
    record.height = STICKY_SIZE;
    this.#authorName = board.currentUser.name;
    this.#authorVisible = board.unverified.stickyAuthorVisible;
    this.#fills = freezePaints(structuredClone(board.unverified.stickyFills));
    this.#text = new FakeTextSublayer(board, record, { ...board.unverified.stickyFontName }, board.unverified.stickyFontSize, () => this.#layout());
    registerCopier(this, () => this.#copy());
  }

  /** [T: StickyNode.clone]; see placeClone for where the copy goes. Its stamps stay on the original. */
  clone(): FakeSticky {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeSticky {
    const copy = new FakeSticky(recordOf(this).board);
    copyRecordInto(this, copy);
    copy.#isWideWidth = this.#isWideWidth;
    copy.#authorName = this.#authorName;
    copy.#authorVisible = this.#authorVisible;
    copy.#fills = this.#fills;
    copy.#opacity = this.#opacity;
    copyTextState(readSublayerText(this.#text), readSublayerText(copy.#text));
    return copy;
  }

  get type(): 'STICKY' {
    return 'STICKY';
  }

  get text(): FakeTextSublayer {
    return this.#text;
  }

  get isWideWidth(): boolean {
    return this.#isWideWidth;
  }

  set isWideWidth(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_isWideWidth', 'isWideWidth', 'boolean', value);
    this.#isWideWidth = value;
    this.#layout();
  }

  get authorName(): string {
    return this.#authorName;
  }

  set authorName(value: string) {
    if (typeof value !== 'string') throw typeMismatchError('set_authorName', 'authorName', 'string', value);
    this.#authorName = value;
  }

  get authorVisible(): boolean {
    return this.#authorVisible;
  }

  set authorVisible(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_authorVisible', 'authorVisible', 'boolean', value);
    this.#authorVisible = value;
  }

  get fills(): ReadonlyArray<Paint> {
    return this.#fills;
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.#fills = parsePaints('set_fills', 'fills', value);
  }

  get opacity(): number {
    return this.#opacity;
  }

  set opacity(value: number) {
    this.#opacity = parseOpacity(value);
  }

  #layout(): void {
    const record = recordOf(this);
    const text = readSublayerText(this.#text);
    record.width = this.#isWideWidth ? WIDE_STICKY_WIDTH : STICKY_SIZE;
    const textHeight = text.characters === '' ? 0 : measureTextBlock(text.characters, text.fontSize, record.width - 2 * STICKY_PADDING).height;
    record.height = Math.max(STICKY_SIZE, Math.ceil(textHeight + 2 * STICKY_PADDING));
  }
}
