import type { FigJamPage } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
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
import { removedNodeError, typeMismatchError } from './errors';
import { PAGE_MEMBERS } from './figma-member-names';
import { FakeBaseNode } from './fake-node';
import type { FakeDocument } from './fake-document';
import type { FakeSceneNode } from './fake-node-types';
import { isFakeNode, recordOf } from './node-record';

/** The one page of a FigJam board [T: createPage: Starter FigJam files have one page]. */
export class FakePage extends FakeBaseNode implements FigJamPage {
  #selection: FakeSceneNode[] = [];
  readonly #onSelectionChange: () => void;

  constructor(board: Board, onSelectionChange: () => void) {
    super(board, 'PAGE', 'PageNode', PAGE_MEMBERS, '0:1');
    const record = recordOf(this);
    record.children = [];
    record.name = 'Page 1';
    this.#onSelectionChange = onSelectionChange;
    // "selectionchange" fires "when a selected node is deleted" [T: figma.on]: a plugin's remove() included.
    board.removalListeners.push(() => {
      const kept = this.#selection.filter((node) => !recordOf(node).removed);
      if (kept.length === this.#selection.length) return;
      this.#selection = kept;
      this.#onSelectionChange();
    });
  }

  get type(): 'PAGE' {
    return 'PAGE';
  }

  get parent(): FakeDocument | null {
    return recordOf(this).parent as FakeDocument | null;
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

  /** Removed nodes drop out of the selection [T: figma.on selectionchange remarks]. */
  get selection(): ReadonlyArray<FakeSceneNode> {
    this.#selection = this.#selection.filter((node) => !recordOf(node).removed);
    return Object.freeze([...this.#selection]);
  }

  set selection(value: ReadonlyArray<FakeSceneNode>) {
    if (!Array.isArray(value)) throw typeMismatchError('set_selection', 'selection', 'array', value);
    for (const node of value as unknown[]) {
      if (!isFakeNode(node)) throw typeMismatchError('set_selection', 'selection', 'SceneNode', node);
      const record = recordOf(node);
      if (record.removed) throw removedNodeError('set_selection', record.id);
      if (record.type === 'PAGE' || record.type === 'DOCUMENT') throw typeMismatchError('set_selection', 'selection', 'SceneNode', record.type);
    }
    this.#selection = [...new Set(value)];
    this.#onSelectionChange();
  }
}
