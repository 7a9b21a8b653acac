import type { FigJamShapeWithText } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { SHAPE_WITH_TEXT_MEMBERS } from './figma-member-names';
import { FakeSceneNodeBase, assertFiniteNumber } from './fake-node';
import { FakeTextSublayer, readSublayerText } from './fake-text-sublayer';
import { copyRecordInto, copyTextState, placeClone, registerCopier } from './clone-node';
import { computeRotation, rotateTransform } from './geometry';
import { recordOf } from './node-record';
import { parseMinimumSize, parseOpacity } from './opacity';
import { freezePaints, parsePaints } from './paints';
import { INTER_MEDIUM } from './text-state';

export const SHAPE_SIZE = 208;

export const SHAPE_TYPES: ReadonlyArray<ShapeWithTextNode['shapeType']> = [
  'SQUARE', 'ELLIPSE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'TRIANGLE_UP', 'TRIANGLE_DOWN', 'PARALLELOGRAM_RIGHT',
  'PARALLELOGRAM_LEFT', 'ENG_DATABASE', 'ENG_QUEUE', 'ENG_FILE', 'ENG_FOLDER', 'TRAPEZOID', 'PREDEFINED_PROCESS',
  'SHIELD', 'DOCUMENT_SINGLE', 'DOCUMENT_MULTIPLE', 'MANUAL_INPUT', 'HEXAGON', 'CHEVRON', 'PENTAGON', 'OCTAGON',
  'STAR', 'PLUS', 'ARROW_LEFT', 'ARROW_RIGHT', 'SUMMING_JUNCTION', 'OR', 'SPEECH_BUBBLE', 'INTERNAL_STORAGE',
];

const WHITE: Paint[] = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }];
const DARK: Paint[] = [{ type: 'SOLID', color: { r: 30 / 255, g: 30 / 255, b: 30 / 255 } }];

/** 208 × 208 ELLIPSE [T: createShapeWithText; MCP create-shape-with-text.md]; resize ≥ 0.01; rotation about the top-left. */
export class FakeShapeWithText extends FakeSceneNodeBase implements FigJamShapeWithText {
  readonly #text: FakeTextSublayer;
  #shapeType: ShapeWithTextNode['shapeType'] = 'ELLIPSE';
  #fills: ReadonlyArray<Paint> = freezePaints(structuredClone(WHITE));
  #strokes: ReadonlyArray<Paint> = freezePaints(structuredClone(DARK));
  #strokeWeight = 2;
  #opacity = 1;

  constructor(board: Board) {
    super(board, 'SHAPE_WITH_TEXT', 'ShapeWithTextNode', SHAPE_WITH_TEXT_MEMBERS);
    const record = recordOf(this);
    record.width = SHAPE_SIZE;
    record.height = SHAPE_SIZE;
    this.#text = new FakeTextSublayer(board, record, INTER_MEDIUM, board.unverified.shapeFontSize, () => undefined);
    registerCopier(this, () => this.#copy());
  }

  /** [T: ShapeWithTextNode.clone]; see placeClone for where the copy goes. */
  clone(): FakeShapeWithText {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeShapeWithText {
    const copy = new FakeShapeWithText(recordOf(this).board);
    copyRecordInto(this, copy);
    copy.#shapeType = this.#shapeType;
    copy.#fills = this.#fills;
    copy.#strokes = this.#strokes;
    copy.#strokeWeight = this.#strokeWeight;
    copy.#opacity = this.#opacity;
    copyTextState(readSublayerText(this.#text), readSublayerText(copy.#text));
    return copy;
  }

  get type(): 'SHAPE_WITH_TEXT' {
    return 'SHAPE_WITH_TEXT';
  }

  get text(): FakeTextSublayer {
    return this.#text;
  }

  get shapeType(): ShapeWithTextNode['shapeType'] {
    return this.#shapeType;
  }

  set shapeType(value: ShapeWithTextNode['shapeType']) {
    if (!SHAPE_TYPES.includes(value)) throw new Error(`in set_shapeType: Invalid enum value "${String(value)}" for "shapeType"`);
    this.#shapeType = value;
  }

  get fills(): ReadonlyArray<Paint> {
    return this.#fills;
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.#fills = parsePaints('set_fills', 'fills', value);
  }

  get strokes(): ReadonlyArray<Paint> {
    return this.#strokes;
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.#strokes = parsePaints('set_strokes', 'strokes', value);
  }

  get strokeWeight(): number {
    return this.#strokeWeight;
  }

  set strokeWeight(value: number) {
    assertFiniteNumber('set_strokeWeight', 'strokeWeight', value);
    if (value < 0) throw new Error(`in set_strokeWeight: Expected "strokeWeight" to have value >= 0 but got ${value} instead`);
    this.#strokeWeight = value;
  }

  get opacity(): number {
    return this.#opacity;
  }

  set opacity(value: number) {
    this.#opacity = parseOpacity(value);
  }

  get rotation(): number {
    return computeRotation(recordOf(this).transform);
  }

  set rotation(value: number) {
    assertFiniteNumber('set_rotation', 'rotation', value);
    const record = recordOf(this);
    record.transform = rotateTransform(record.transform, value);
  }

  resize(width: number, height: number): void {
    const size = parseMinimumSize('resize', width, height);
    const record = recordOf(this);
    record.width = size.width;
    record.height = size.height;
  }
}
