import type { FigJamSceneNode } from '../platform/figjam-api';
import { readPageOrigin } from '../read/read-page-origin';

interface Removable {
  readonly removed: boolean;
  remove(): void;
}

interface Resizable {
  readonly width: number;
  readonly height: number;
}

interface ChildHolder {
  readonly id: string;
  readonly type: NodeType;
  readonly children: ReadonlyArray<FigJamSceneNode>;
  insertChild(index: number, child: FigJamSceneNode): void;
  appendChild(child: FigJamSceneNode): void;
}

function moveInPlace(parent: ChildHolder, node: FigJamSceneNode, index: number | null, at: { x: number; y: number }): void {
  if (index === null) parent.appendChild(node);
  else parent.insertChild(Math.min(index, parent.children.length), node);
  const parentAt = readPageOrigin(parent);
  node.x = at.x - parentAt.x;
  node.y = at.y - parentAt.y;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every change made to the board, each with the way back, so a change that fails part-way can be rolled back:
 * the plugin API has no transactions, and `commitUndo` only marks an undo step for the person.
 */
export class ChangeLog {
  readonly #undo: Array<() => void> = [];
  readonly #created: Removable[] = [];

  /**
   * Sets a property when it differs from the value it has; says whether it changed. `same` compares values whose
   * read-back differs from what was written (paints: see samePaints).
   */
  set<Node extends object, Key extends keyof Node>(node: Node, key: Key, value: Node[Key], same: (a: unknown, b: unknown) => boolean = sameValue): boolean {
    const old = node[key];
    if (same(old, value)) return false;
    this.#undo.push(() => {
      node[key] = old;
    });
    node[key] = value;
    return true;
  }

  /** Resizes when the size differs; `resize` is the node's own method (sections: resizeWithoutConstraints). */
  resize<Node extends Resizable>(node: Node, width: number, height: number, resize: (node: Node, width: number, height: number) => void): boolean {
    const oldWidth = node.width;
    const oldHeight = node.height;
    if (oldWidth === width && oldHeight === height) return false;
    this.#undo.push(() => resize(node, oldWidth, oldHeight));
    resize(node, width, height);
    return true;
  }

  /**
   * Moves a node into `parent` where it is on the page; undone by putting it back in its old parent at the page
   * position it had before the move.
   */
  reparentInPlace(parent: ChildHolder, node: FigJamSceneNode): void {
    const oldParent = node.parent as unknown as ChildHolder | null;
    if (!oldParent || oldParent.id === parent.id) return;
    const index = oldParent.children.findIndex((child) => child.id === node.id);
    // Read now, not when undoing: a move that failed half-way has already displaced the node.
    const at = readPageOrigin(node);
    this.#undo.push(() => moveInPlace(oldParent, node, Math.max(index, 0), at));
    moveInPlace(parent, node, null, at);
  }

  /** Any other change, with the way back. */
  change(apply: () => void, undo: () => void): void {
    this.#undo.push(undo);
    apply();
  }

  created<Node extends Removable>(node: Node): Node {
    this.#created.push(node);
    return node;
  }

  /** Undoes every change, newest first, then removes what was created. Best effort: one failure does not stop it. */
  rollback(): void {
    for (const undo of this.#undo.splice(0).reverse()) {
      try {
        undo();
      } catch {
        // Keep restoring the rest: a node removed meanwhile cannot be restored, the others can.
      }
    }
    for (const node of this.#created.splice(0).reverse()) {
      try {
        if (!node.removed) node.remove();
      } catch {
        // As above.
      }
    }
  }
}
