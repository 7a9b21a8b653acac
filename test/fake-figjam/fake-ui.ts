import type { FigJamUi } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { UI_MEMBERS } from './figma-member-names';
import { guardMembers } from './member-guard';

/** What the iframe's `window.onmessage` receives: a MessageEvent whose data is Figma's envelope. */
export interface UiMessageEvent {
  data: { pluginMessage: unknown; pluginId: string };
}

export interface ShownUi {
  html: string;
  options: ShowUIOptions;
  visible: boolean;
  width: number;
  height: number;
}

type MessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => void;

/** The panel's defaults [T: ShowUIOptions]: 300 × 200, visible, no theme colours. */
const DEFAULT_WIDTH = 300;
const DEFAULT_HEIGHT = 200;
/** An inline `__html__` UI is a data: URL, whose origin is "null" [3rd: sam.today/blog/bumbling-the-figma-api]. */
const INLINE_UI_ORIGIN = 'null';

/**
 * Both sides of figma.ui. Payloads are structured-cloned when sent (a function throws DataCloneError at once)
 * and delivered on a later task, never synchronously [https://developers.figma.com/docs/plugins/creating-ui].
 */
export class UiChannel {
  shown: ShownUi | null = null;
  readonly sentToUi: unknown[] = [];
  readonly sentToPlugin: unknown[] = [];
  onmessage: MessageHandler | undefined;
  private readonly pluginHandlers: Array<{ handler: MessageHandler; once: boolean }> = [];
  private readonly uiListeners = new Set<(event: UiMessageEvent) => void>();

  constructor(private readonly board: Board) {}

  show(html: string, options: ShowUIOptions = {}): void {
    if (typeof html !== 'string') throw new Error('in showUI: Expected "html" to have type string');
    this.shown = {
      html,
      options: structuredClone(options),
      visible: options.visible ?? true,
      width: options.width ?? DEFAULT_WIDTH,
      height: options.height ?? DEFAULT_HEIGHT,
    };
  }

  close(): void {
    this.shown = null;
  }

  postToUi(message: unknown): void {
    const shown = this.requireShown('postMessage');
    const pluginMessage = structuredClone(message);
    this.sentToUi.push(structuredClone(message));
    const pluginId = this.board.pluginId;
    setTimeout(() => {
      if (this.shown !== shown) return;
      for (const listener of [...this.uiListeners]) listener({ data: { pluginMessage: structuredClone(pluginMessage), pluginId } });
    }, 0);
  }

  /** What `parent.postMessage(envelope, '*')` in the iframe does; envelopes without `pluginMessage` are ignored. */
  postFromUi(envelope: unknown): void {
    const copy = structuredClone(envelope);
    if (typeof copy !== 'object' || copy === null || !('pluginMessage' in copy)) return;
    const pluginMessage = (copy as { pluginMessage: unknown }).pluginMessage;
    this.sentToPlugin.push(structuredClone(pluginMessage));
    const shown = this.shown;
    setTimeout(() => {
      if (this.board.closed || !shown || this.shown !== shown) return;
      const props: OnMessageProperties = { origin: INLINE_UI_ORIGIN };
      this.onmessage?.(structuredClone(pluginMessage), props);
      for (const entry of [...this.pluginHandlers]) {
        if (entry.once) this.off(entry.handler);
        entry.handler(structuredClone(pluginMessage), props);
      }
    }, 0);
  }

  subscribeUi(listener: (event: UiMessageEvent) => void): () => void {
    this.uiListeners.add(listener);
    return () => this.uiListeners.delete(listener);
  }

  on(handler: MessageHandler, once: boolean): void {
    this.pluginHandlers.push({ handler, once });
  }

  off(handler: MessageHandler): void {
    const index = this.pluginHandlers.findIndex((entry) => entry.handler === handler);
    if (index >= 0) this.pluginHandlers.splice(index, 1);
  }

  requireShown(accessor: string): ShownUi {
    if (!this.shown) throw new Error(`in ${accessor}: No UI is shown; call figma.showUI first`);
    return this.shown;
  }
}

function assertMessageEvent(accessor: string, type: unknown): void {
  if (type !== 'message') throw new Error(`in ${accessor}: Unsupported event type "${String(type)}"`);
}

/** `figma.ui`. */
export class FakeUiApi implements FigJamUi {
  constructor(channel: UiChannel) {
    const guarded = guardMembers(this, {
      board: channelBoard(channel),
      members: UI_MEMBERS,
      typeName: 'figma.ui',
      countOwner: () => 'figma.ui',
      memberPrefix: '',
      removedNodeId: () => null,
    });
    channels.set(guarded, channel);
    return guarded;
  }

  postMessage(pluginMessage: unknown, _options?: UIPostMessageOptions): void {
    channelOf(this).postToUi(pluginMessage);
  }

  get onmessage(): MessageEventHandler | undefined {
    return channelOf(this).onmessage;
  }

  set onmessage(handler: MessageEventHandler | undefined) {
    channelOf(this).onmessage = handler;
  }

  on(type: 'message', callback: MessageEventHandler): void {
    assertMessageEvent('on', type);
    channelOf(this).on(callback, false);
  }

  once(type: 'message', callback: MessageEventHandler): void {
    assertMessageEvent('once', type);
    channelOf(this).on(callback, true);
  }

  off(type: 'message', callback: MessageEventHandler): void {
    assertMessageEvent('off', type);
    channelOf(this).off(callback);
  }

  resize(width: number, height: number): void {
    const shown = channelOf(this).requireShown('resize');
    shown.width = Math.max(70, width);
    shown.height = Math.max(0, height);
  }

  show(): void {
    channelOf(this).requireShown('show').visible = true;
  }

  hide(): void {
    channelOf(this).requireShown('hide').visible = false;
  }

  close(): void {
    channelOf(this).close();
  }
}

const channels = new WeakMap<object, UiChannel>();
const boards = new WeakMap<UiChannel, Board>();

export function createUiChannel(board: Board): UiChannel {
  const channel = new UiChannel(board);
  boards.set(channel, board);
  return channel;
}

function channelBoard(channel: UiChannel): Board {
  const board = boards.get(channel);
  if (!board) throw new Error('Expected a UI channel made by createUiChannel');
  return board;
}

function channelOf(ui: object): UiChannel {
  const channel = channels.get(ui);
  if (!channel) throw new Error('Expected figma.ui of this fake FigJam');
  return channel;
}
