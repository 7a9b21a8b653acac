import type { FigJamSection } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { typeMismatchError } from './errors';
import { SECTION_MEMBERS } from './figma-member-names';
import {
  appendChildTo,
  findAllIn,
  findAllWithCriteriaIn,
  findChildOf,
  findChildrenOf,
  findOneIn,
  insertChildInto,
  readChildren,
} from './children-methods';
import { FakeSceneNodeBase } from './fake-node';
import { copyChildrenInto, copyRecordInto, placeClone, registerCopier } from './clone-node';
import type { FakeSceneNode } from './fake-node-types';
import { recordOf } from './node-record';
import { parseMinimumSize } from './opacity';
import { freezePaints, parsePaints } from './paints';

const WHITE: Paint[] = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }];

/**
 * Starts tiny and never grows by itself [MCP create-section.md, gotchas.md]; resize and resizeWithoutConstraints
 * behave the same [TG 7fb0ba8]; children are positioned relative to the section [MCP position-figjam-nodes.md].
 */
export class FakeSection extends FakeSceneNodeBase implements FigJamSection {
  #fills: ReadonlyArray<Paint> = freezePaints(structuredClone(WHITE));
  #strokes: ReadonlyArray<Paint> = freezePaints([]);
  #contentsHidden = false;

  constructor(board: Board) {
    super(board, 'SECTION', 'SectionNode', SECTION_MEMBERS);
    const record = recordOf(this);
    record.children = [];
    record.name = 'Section';
    record.width = board.unverified.sectionSize;
    record.height = board.unverified.sectionSize;
    registerCopier(this, () => this.#copy());
  }

  /** [T: SectionNode.clone] "Create a copy of this node": with copies of everything in it. */
  clone(): FakeSection {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeSection {
    const copy = new FakeSection(recordOf(this).board);
    copyRecordInto(this, copy);
    copy.#fills = this.#fills;
    copy.#strokes = this.#strokes;
    copy.#contentsHidden = this.#contentsHidden;
    copyChildrenInto(this, copy);
    return copy;
  }

  get type(): 'SECTION' {
    return 'SECTION';
  }

  get children(): ReadonlyArray<FakeSceneNode> {
    return readChildren(this);
  }

  appendChild(child: FakeSceneNode): void {
    appendChildTo(this, child);
  }

  insertChild(index: number, child: FakeSceneNode): void {
    insertChildInto(this, index, child);
  }

  findChildren(callback?: (node: FakeSceneNode) => boolean): FakeSceneNode[] {
    return findChildrenOf(this, callback);
  }

  findChild(callback: (node: FakeSceneNode) => boolean): FakeSceneNode | null {
    return findChildOf(this, callback);
  }

  findAll(callback?: (node: FakeSceneNode) => boolean): FakeSceneNode[] {
    return findAllIn(this, callback);
  }

  findOne(callback: (node: FakeSceneNode) => boolean): FakeSceneNode | null {
    return findOneIn(this, callback);
  }

  findAllWithCriteria<T extends NodeType[]>(criteria: FindAllCriteria<T>): Array<{ type: T[number] } & FakeSceneNode> {
    return findAllWithCriteriaIn(this, criteria);
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

  get sectionContentsHidden(): boolean {
    return this.#contentsHidden;
  }

  set sectionContentsHidden(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_sectionContentsHidden', 'sectionContentsHidden', 'boolean', value);
    this.#contentsHidden = value;
  }

  resize(width: number, height: number): void {
    this.#applySize(parseMinimumSize('resize', width, height));
  }

  resizeWithoutConstraints(width: number, height: number): void {
    this.#applySize(parseMinimumSize('resizeWithoutConstraints', width, height));
  }

  #applySize(size: { width: number; height: number }): void {
    const record = recordOf(this);
    record.width = size.width;
    record.height = size.height;
  }
}
