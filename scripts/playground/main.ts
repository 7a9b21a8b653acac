import { createFakeFigma } from '../../test/fake-figjam';
import type { FakeFigmaHandles } from '../../test/fake-figjam';
import type { FigJamApi } from '../../src/plugin/platform/figjam-api';
import { STICKY_PALETTE } from '../../src/core/shared/nearest-palette-color';
import { connectPluginFrame } from './connect-plugin-frame';
import type { BoardController } from './create-board-controller';
import { createBoardController } from './create-board-controller';
import { addNote, stampNote } from './note-actions';
import { runPluginCode } from './run-plugin-code';
import { STAMP_KINDS } from './stamp-kinds';

/** What a script (or a test) can drive the playground with, from the browser console. */
export interface PlaygroundGlobals {
  figma: FigJamApi;
  playground: { handles: FakeFigmaHandles; board: BoardController };
}

const NOTE_NUDGE = 24;
const TOAST_MILLISECONDS = 4000;

function requireElement<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The page has no ${selector}`);
  return element;
}

async function fetchTextAsync(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  const text = await response.text();
  if (!response.ok) throw new Error(text || `${url}: ${response.status}`);
  return text;
}

function fillOptions(select: HTMLSelectElement, options: ReadonlyArray<{ value: string; label: string }>, selected: string): void {
  for (const option of options) select.append(new Option(option.label, option.value, false, option.value === selected));
}

function showToast(container: HTMLElement, message: string, isError: boolean): void {
  const toast = document.createElement('p');
  toast.className = isError ? 'toast error' : 'toast';
  toast.textContent = message;
  container.append(toast);
  window.setTimeout(() => toast.remove(), TOAST_MILLISECONDS);
}

function connectToolbar(figma: FigJamApi, handles: FakeFigmaHandles, board: BoardController): void {
  const colorSelect = requireElement<HTMLSelectElement>('#note-color');
  const stampSelect = requireElement<HTMLSelectElement>('#stamp-kind');
  const stampButton = requireElement<HTMLButtonElement>('#stamp-note');
  fillOptions(colorSelect, STICKY_PALETTE.map((entry) => ({ value: entry.name, label: entry.name })), 'Yellow');
  fillOptions(stampSelect, STAMP_KINDS.map((kind) => ({ value: kind.name, label: kind.label })), STAMP_KINDS[0]!.name);

  let added = 0;
  requireElement('#add-note').addEventListener('click', () => {
    const color = STICKY_PALETTE.find((entry) => entry.name === colorSelect.value) ?? STICKY_PALETTE[0]!;
    const center = board.readCenter();
    // Each new note a little lower and to the right, so that several added in a row do not hide each other.
    const nudge = (added++ % 8) * NOTE_NUDGE;
    const point = { x: center.x + nudge, y: center.y + nudge };
    const note = addNote(figma, point, color.color, board.findSectionAt(point));
    board.update();
    board.editText(note);
  });
  stampButton.addEventListener('click', () => {
    const [note] = board.readSelectedNodes();
    const kind = STAMP_KINDS.find((candidate) => candidate.name === stampSelect.value);
    if (!note || note.type !== 'STICKY' || !kind) return;
    stampNote(handles, note, kind);
    board.markChanged();
  });
  board.onSelectionDrawn(() => {
    const selected = board.readSelectedNodes();
    stampButton.disabled = !(selected.length === 1 && selected[0]!.type === 'STICKY');
  });
  requireElement('#zoom-in').addEventListener('click', () => board.zoomBy(1.25));
  requireElement('#zoom-out').addEventListener('click', () => board.zoomBy(0.8));
  requireElement('#zoom-fit').addEventListener('click', () => board.fitToContent());
}

async function startPlaygroundAsync(): Promise<void> {
  const [code, html] = await Promise.all([fetchTextAsync('plugin/code.js'), fetchTextAsync('plugin/ui.html')]);
  const { figma, handles } = createFakeFigma({ currentUser: { id: '1', name: 'You' }, command: '' });
  const api = figma as FigJamApi;
  const board = createBoardController(api, handles, {
    board: requireElement('#board'),
    svg: requireElement('#board-svg'),
    viewport: requireElement('#board-viewport'),
    content: requireElement('#board-content'),
    zoomLabel: requireElement('#zoom-level'),
    banner: requireElement('#board-banner'),
  });
  const globals: PlaygroundGlobals = { figma: api, playground: { handles, board } };
  Object.assign(window, globals);
  connectToolbar(api, handles, board);

  runPluginCode(code, api, html);
  const pluginFrame = connectPluginFrame(requireElement('#plugin-window'), handles);
  const toasts = requireElement<HTMLElement>('#toasts');
  let shownNotifications = 0;

  const frame = () => {
    board.update();
    pluginFrame.update();
    const notifications = handles.notifications;
    for (; shownNotifications < notifications.length; shownNotifications += 1) {
      const notification = notifications[shownNotifications]!;
      if (!notification.cancelled) showToast(toasts, notification.message, notification.options.error === true);
    }
    window.requestAnimationFrame(frame);
  };
  frame();
  document.documentElement.dataset.playground = 'ready';
}

startPlaygroundAsync().catch((error: unknown) => {
  console.error(error);
  const banner = document.querySelector<HTMLElement>('#board-banner');
  if (banner) {
    banner.textContent = `The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
    banner.hidden = false;
  }
  document.documentElement.dataset.playground = 'failed';
});
