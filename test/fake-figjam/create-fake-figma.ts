import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import type { ApiCountSnapshot } from './api-counter';
import { Board, fontKey } from './board';
import type { FakeFigmaOptions, FakeUser } from './board';
import { FakeDocument } from './fake-document';
import { FakeFigmaApi, emit } from './fake-figma-api';
import type { ApiSession, Notification } from './fake-figma-api';
import type { FakeSceneNode } from './fake-node-types';
import { FakePage } from './fake-page';
import { FakeStamp } from './fake-stamp';
import { createUiChannel } from './fake-ui';
import type { ShownUi, UiMessageEvent } from './fake-ui';
import { recordOf } from './node-record';
import { snapshotNode } from './snapshot-board';
import type { NodeSnapshot } from './snapshot-board';
import { computeAbsoluteTransform, moveWithStuckNodes } from './fake-node';
import { detachFromParent, insertNode } from './tree';
import type { FakeBaseNode } from './fake-node';

export interface AddStampOptions {
  /** The name FigJam gives the stamp, e.g. "+1", "Profile" (free text: FigJam's stamp names are not documented). */
  name: string;
  /** The node the stamp is stuck to; the stamp goes beside it in the same parent, over its top-right corner. */
  stuckTo?: FakeSceneNode;
  /** Page position for a stamp on its own. */
  position?: Vector;
}

export interface FakeFigmaHandles {
  /** The iframe's side of figma.ui. */
  ui: {
    /** Like `window.onmessage` in the iframe; returns an unsubscribe function. */
    onMessage(listener: (event: UiMessageEvent) => void): () => void;
    /** Like `parent.postMessage(envelope, '*')` in the iframe; pass `{ pluginMessage }`. */
    postMessage(envelope: unknown): void;
    /** Every message the plugin posted to the UI (clones). */
    readonly received: readonly unknown[];
    readonly shown: ShownUi | null;
  };
  counts: {
    snapshot(): ApiCountSnapshot;
    totalFor(nodeId: string): number;
    reset(): void;
    /** Every crossing since the last reset, read without a copy of the counts. */
    total(): number;
  };
  readonly notifications: readonly Notification[];
  readonly closeMessages: ReadonlyArray<string | undefined>;
  readonly closed: boolean;
  readonly undoCommits: number;
  /** Node ids of every scrollAndZoomIntoView call. */
  readonly scrolledTo: readonly string[][];
  board: {
    addStamp(options: AddStampOptions): FakeStamp;
    setCurrentUser(user: FakeUser): void;
    makeFontUnavailable(font: FontName): void;
    /** The whole page as plain data, read without counting. */
    snapshotPage(): NodeSnapshot[];
    /** Fires the 'run' event as Figma does when the plugin starts with parameters. */
    emitRun(event: RunEvent): void;
    /**
     * A person drags (or nudges, or pastes) a node so its top-left lands at `position` on the page. Its stamps come
     * along; whether FigJam then puts it into the innermost section under its centre is `unverified.reparentOnDrop`.
     */
    dropNode(node: FakeSceneNode, position: Vector): void;
    /**
     * Makes the `at`-th change the plugin makes from now (a property written, a node created, moved, tagged or
     * removed) throw, once; `at` Infinity only counts. Returns how many changes were made since, when asked.
     */
    failAtChange(at: number): { changes(): number };
  };
  /** Lets pending timers (message delivery, selectionchange, loadFontAsync) run. */
  settleAsync(): Promise<void>;
}

export interface FakeFigma {
  figma: FakeFigmaApi & FigJamApi;
  handles: FakeFigmaHandles;
}

export function createFakeFigma(options: FakeFigmaOptions = {}): FakeFigma {
  const board = new Board(options);
  const root = new FakeDocument(board);
  const session: ApiSession = {
    board,
    root,
    page: undefined as unknown as FakePage,
    ui: createUiChannel(board),
    viewport: { center: { x: 0, y: 0 }, zoom: 1, scrolledTo: [] },
    clientStore: new Map(),
    notifications: [],
    closeMessages: [],
    undoCommits: 0,
    listeners: new Map(),
    skipInvisibleInstanceChildren: false,
  };
  // selectionchange is delivered after the assignment returns, like Figma's other events [unverified].
  session.page = new FakePage(board, () => setTimeout(() => !board.closed && emit(session, 'selectionchange'), 0));
  insertNode(root, session.page, null, 'appendChild');
  const figma = new FakeFigmaApi(session);

  const handles: FakeFigmaHandles = {
    ui: {
      onMessage: (listener) => session.ui.subscribeUi(listener),
      postMessage: (envelope) => session.ui.postFromUi(envelope),
      get received() {
        return session.ui.sentToUi;
      },
      get shown() {
        return session.ui.shown;
      },
    },
    counts: {
      snapshot: () => board.counter.snapshot(),
      totalFor: (nodeId) => board.counter.totalFor(nodeId),
      reset: () => board.counter.reset(),
      total: () => board.counter.total(),
    },
    get notifications() {
      return session.notifications;
    },
    get closeMessages() {
      return session.closeMessages;
    },
    get closed() {
      return board.closed;
    },
    get undoCommits() {
      return session.undoCommits;
    },
    get scrolledTo() {
      return session.viewport.scrolledTo;
    },
    board: {
      addStamp: (stampOptions) => addStamp(session, stampOptions),
      setCurrentUser: (user) => {
        board.currentUser = { ...user };
      },
      makeFontUnavailable: (font) => {
        board.unavailableFonts.add(fontKey(font));
        board.loadedFonts.delete(fontKey(font));
      },
      snapshotPage: () => (recordOf(session.page).children ?? []).map(snapshotNode),
      emitRun: (event) => emit(session, 'run', event),
      dropNode: (node, position) => dropNode(session, node, position),
      failAtChange: (at) => {
        const failure = { at, seen: 0 };
        board.changeFailure = failure;
        return { changes: () => failure.seen };
      },
    },
    settleAsync: () => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)),
  };
  return { figma: figma as FakeFigmaApi & FigJamApi, handles };
}

function addStamp(session: ApiSession, options: AddStampOptions): FakeStamp {
  const stamp = new FakeStamp(session.board, options.name);
  const record = recordOf(stamp);
  if (options.stuckTo) {
    const target = recordOf(options.stuckTo);
    if (target.removed) throw new Error(`Cannot stick a stamp to removed node ${target.id}`);
    insertNode(target.parent ?? session.page, stamp, null, 'addStamp');
    record.stuckTo = options.stuckTo;
    session.board.stuckNodes.add(stamp);
    const onHost = session.board.stuckNodesByHost.get(target);
    if (onHost) onHost.push(stamp);
    else session.board.stuckNodesByHost.set(target, [stamp]);
    record.transform = [
      [1, 0, target.transform[0][2] + target.width - record.width / 2],
      [0, 1, target.transform[1][2] - record.height / 2],
    ];
  } else {
    insertNode(session.page, stamp, null, 'addStamp');
    record.transform = [
      [1, 0, options.position?.x ?? 0],
      [0, 1, options.position?.y ?? 0],
    ];
  }
  return stamp;
}

/** The deepest section whose box holds `point`, leaving out `moving` and what it holds; the page when none. */
function findInnermostSection(session: ApiSession, point: Vector, moving: FakeBaseNode): FakeBaseNode {
  let found: FakeBaseNode = session.page;
  const visit = (parent: FakeBaseNode): void => {
    for (const child of recordOf(parent).children ?? []) {
      const record = recordOf(child);
      if (child === moving || record.type !== 'SECTION') continue;
      const [[, , x], [, , y]] = computeAbsoluteTransform(record);
      if (point.x < x || point.x >= x + record.width || point.y < y || point.y >= y + record.height) continue;
      found = child;
      visit(child);
      return;
    }
  };
  visit(session.page);
  return found;
}

function dropNode(session: ApiSession, node: FakeSceneNode, position: Vector): void {
  const record = recordOf(node);
  const centre = { x: position.x + record.width / 2, y: position.y + record.height / 2 };
  moveWithStuckNodes(
    record,
    () => {
      const parent = session.board.unverified.reparentOnDrop ? findInnermostSection(session, centre, node) : (record.parent ?? session.page);
      if (record.parent !== parent) {
        detachFromParent(record);
        recordOf(parent).children!.push(node);
        record.parent = parent;
      }
      const parentRecord = recordOf(parent);
      const origin = parentRecord.type === 'PAGE' ? [[1, 0, 0], [0, 1, 0]] : computeAbsoluteTransform(parentRecord);
      record.transform[0][2] = position.x - origin[0]![2]!;
      record.transform[1][2] = position.y - origin[1]![2]!;
    },
    true,
  );
}
