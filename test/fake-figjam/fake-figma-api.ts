import type { FigJamApi, FigJamBaseNode } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { fontKey } from './board';
import { dynamicPageError, noSuchGlobalPropertyError, notModelledError, typeMismatchError } from './errors';
import { PLUGIN_API_MEMBERS } from './figma-member-names';
import { FakeClientStorage } from './fake-client-storage';
import { FakeConnector } from './fake-connector';
import type { FakeDocument } from './fake-document';
import type { FakePage } from './fake-page';
import { FakeSection } from './fake-section';
import { FakeShapeWithText } from './fake-shape-with-text';
import { FakeSticky } from './fake-sticky';
import { FakeText } from './fake-text';
import { FakeUiApi } from './fake-ui';
import type { UiChannel } from './fake-ui';
import { FakeViewport } from './fake-viewport';
import type { ViewportState } from './fake-viewport';
import { guardMembers } from './member-guard';
import { recordOf } from './node-record';
import type { FakeBaseNode } from './fake-node';
import { insertNode } from './tree';

/** Creators the runtime does not offer outside FigJam [https://developers.figma.com/docs/plugins/setting-editor-type]. */
export const FIGJAM_ONLY_CREATORS = ['createSticky', 'createShapeWithText', 'createConnector', 'createTable', 'createCodeBlock'] as const;
/** FigJam boards have one page; the runtime has no createPage there [MCP figma-use-figjam.md]. */
const DESIGN_ONLY_GLOBALS = ['createPage'] as const;

export interface Notification {
  message: string;
  options: NotificationOptions;
  cancelled: boolean;
}

type EventName = 'selectionchange' | 'close' | 'currentpagechange' | 'run' | 'documentchange';
type Listener = (...args: never[]) => void;

export interface ApiSession {
  board: Board;
  root: FakeDocument;
  page: FakePage;
  ui: UiChannel;
  viewport: ViewportState;
  clientStore: Map<string, unknown>;
  notifications: Notification[];
  closeMessages: Array<string | undefined>;
  undoCommits: number;
  listeners: Map<EventName, Array<{ listener: Listener; once: boolean }>>;
  skipInvisibleInstanceChildren: boolean;
}

const NOTIFY_LIMIT = 100;
const sessions = new WeakMap<object, ApiSession>();
const mixed: unique symbol = Symbol('figma.mixed');

function sessionOf(api: object): ApiSession {
  const session = sessions.get(api);
  if (!session) throw new Error('Expected the figma object of this fake FigJam');
  return session;
}

const uis = new WeakMap<ApiSession, FakeUiApi>();
const viewports = new WeakMap<ApiSession, FakeViewport>();
const storages = new WeakMap<ApiSession, FakeClientStorage>();

export function emit(session: ApiSession, name: EventName, ...args: unknown[]): void {
  const entries = session.listeners.get(name) ?? [];
  for (const entry of [...entries]) {
    if (entry.once) entries.splice(entries.indexOf(entry), 1);
    (entry.listener as (...values: unknown[]) => void)(...args);
  }
}

/** The `figma` global: a guarded object that throws on names the runtime does not have, like Figma's own. */
export class FakeFigmaApi implements FigJamApi {
  constructor(session: ApiSession) {
    const { board } = session;
    const hidden = new Set<string>(board.editorType === 'figjam' ? DESIGN_ONLY_GLOBALS : FIGJAM_ONLY_CREATORS);
    const guarded = guardMembers(this, {
      board,
      members: PLUGIN_API_MEMBERS,
      typeName: 'figma',
      countOwner: () => 'figma',
      memberPrefix: '',
      removedNodeId: () => null,
      hidden,
      onUnknownRead: (member) => {
        throw noSuchGlobalPropertyError(member);
      },
    });
    sessions.set(guarded, session);
    uis.set(session, new FakeUiApi(session.ui));
    viewports.set(session, new FakeViewport(board, session.viewport));
    storages.set(session, new FakeClientStorage(board, session.clientStore));
    return guarded;
  }

  get editorType(): 'figjam' | 'figma' {
    return sessionOf(this).board.editorType;
  }

  get command(): string {
    return sessionOf(this).board.command;
  }

  get mixed(): typeof figma.mixed {
    return mixed as unknown as typeof figma.mixed;
  }

  get root(): FakeDocument {
    return sessionOf(this).root;
  }

  get currentPage(): FakePage {
    return sessionOf(this).page;
  }

  set currentPage(value: FakePage) {
    const session = sessionOf(this);
    if (session.board.documentAccess === 'dynamic-page') {
      throw dynamicPageError('set_currentPage', 'Use figma.setCurrentPageAsync instead.');
    }
    if (value !== session.page) throw typeMismatchError('set_currentPage', 'currentPage', 'PageNode', value);
  }

  get ui(): FakeUiApi {
    return uis.get(sessionOf(this)) as FakeUiApi;
  }

  get viewport(): FakeViewport {
    return viewports.get(sessionOf(this)) as FakeViewport;
  }

  get clientStorage(): FakeClientStorage {
    return storages.get(sessionOf(this)) as FakeClientStorage;
  }

  get skipInvisibleInstanceChildren(): boolean {
    return sessionOf(this).skipInvisibleInstanceChildren;
  }

  set skipInvisibleInstanceChildren(value: boolean) {
    if (typeof value !== 'boolean') throw typeMismatchError('set_skipInvisibleInstanceChildren', 'skipInvisibleInstanceChildren', 'boolean', value);
    sessionOf(this).skipInvisibleInstanceChildren = value;
  }

  createSticky(): FakeSticky {
    return placeOnPage(sessionOf(this), new FakeSticky(sessionOf(this).board));
  }

  createShapeWithText(): FakeShapeWithText {
    return placeOnPage(sessionOf(this), new FakeShapeWithText(sessionOf(this).board));
  }

  createSection(): FakeSection {
    return placeOnPage(sessionOf(this), new FakeSection(sessionOf(this).board));
  }

  createText(): FakeText {
    return placeOnPage(sessionOf(this), new FakeText(sessionOf(this).board));
  }

  createConnector(): FakeConnector {
    return placeOnPage(sessionOf(this), new FakeConnector(sessionOf(this).board));
  }

  async getNodeByIdAsync(id: string): Promise<FigJamBaseNode | null> {
    return findLiveNode(sessionOf(this), id);
  }

  getNodeById(id: string): FigJamBaseNode | null {
    const session = sessionOf(this);
    if (session.board.documentAccess === 'dynamic-page') throw dynamicPageError('getNodeById', 'Use figma.getNodeByIdAsync() instead');
    return findLiveNode(session, id);
  }

  /** Resolves on a later task; the font counts as loaded only then, so a write before the await still throws. */
  loadFontAsync(fontName: FontName): Promise<void> {
    const { board } = sessionOf(this);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        const valid = typeof fontName?.family === 'string' && typeof fontName.style === 'string' && fontName.family !== '';
        if (!valid || board.unavailableFonts.has(fontKey(fontName))) {
          reject(new Error(`in loadFontAsync: The font "${String(fontName?.family)} ${String(fontName?.style)}" could not be loaded`));
          return;
        }
        board.loadedFonts.add(fontKey(fontName));
        resolve();
      }, 0);
    });
  }

  async loadAllPagesAsync(): Promise<void> {
    sessionOf(this).board.allPagesLoaded = true;
  }

  showUI(html: string, options?: ShowUIOptions): void {
    sessionOf(this).ui.show(html, options);
  }

  notify(message: string, options: NotificationOptions = {}): NotificationHandler {
    if (typeof message !== 'string') throw typeMismatchError('notify', 'message', 'string', message);
    const notification: Notification = { message: message.slice(0, NOTIFY_LIMIT), options: { ...options }, cancelled: false };
    sessionOf(this).notifications.push(notification);
    return {
      cancel: () => {
        notification.cancelled = true;
      },
    };
  }

  closePlugin(message?: string): void {
    const session = sessionOf(this);
    session.closeMessages.push(message);
    if (message !== undefined) session.notifications.push({ message: message.slice(0, NOTIFY_LIMIT), options: {}, cancelled: false });
    emit(session, 'close');
    session.ui.close();
    session.board.closed = true;
  }

  commitUndo(): void {
    sessionOf(this).undoCommits += 1;
  }

  on(type: EventName, callback: Listener): void {
    addListener(sessionOf(this), 'on', type, callback, false);
  }

  once(type: EventName, callback: Listener): void {
    addListener(sessionOf(this), 'once', type, callback, true);
  }

  off(type: EventName, callback: Listener): void {
    const entries = sessionOf(this).listeners.get(type) ?? [];
    const index = entries.findIndex((entry) => entry.listener === callback);
    if (index >= 0) entries.splice(index, 1);
  }
}

function addListener(session: ApiSession, accessor: string, type: EventName, callback: Listener, once: boolean): void {
  if (typeof callback !== 'function') throw typeMismatchError(accessor, 'callback', 'function', callback);
  if (type === 'documentchange') {
    if (session.board.documentAccess === 'dynamic-page' && !session.board.allPagesLoaded) {
      throw dynamicPageError(accessor, 'Call figma.loadAllPagesAsync() first before registering documentchange.');
    }
    throw notModelledError('figma', "on('documentchange')");
  }
  if (!['selectionchange', 'close', 'currentpagechange', 'run'].includes(type)) {
    throw new Error(`in ${accessor}: Unsupported event type "${String(type)}"`);
  }
  const entries = session.listeners.get(type) ?? [];
  entries.push({ listener: callback, once });
  session.listeners.set(type, entries);
}

function placeOnPage<T extends FakeBaseNode>(session: ApiSession, node: T): T {
  insertNode(session.page, node, null, 'create');
  return node;
}

function findLiveNode(session: ApiSession, id: string): FigJamBaseNode | null {
  const node = session.board.nodesById.get(id);
  return node && !recordOf(node).removed ? (node as unknown as FigJamBaseNode) : null;
}
