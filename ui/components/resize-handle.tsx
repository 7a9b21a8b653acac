import { useRef } from 'preact/hooks';
import { computePanelSize } from '../state/compute-panel-size';
import type { PanelSize } from '../state/compute-panel-size';
import { useApp } from './app-context';

/** How far one arrow key press resizes the panel. */
const KEY_STEP = 20;

/**
 * The corner handle that resizes the panel: dragged, it asks Figma for the size under the pointer as it moves,
 * and the size is remembered once it is let go. Arrow keys do the same from the keyboard.
 */
export function ResizeHandle() {
  const { actions } = useApp();
  // Where the drag started, on the screen: the panel's own coordinates move as Figma moves and resizes its window.
  const start = useRef<{ screenX: number; screenY: number; width: number; height: number } | null>(null);
  // The size last asked for: Figma resizes the window a little later, and two quick key presses must add up.
  const asked = useRef<PanelSize | null>(null);
  const resize = (size: PanelSize, done: boolean) => {
    asked.current = size;
    actions.resizePanel(size, done);
  };
  const sizeAt = (event: PointerEvent): PanelSize | null => {
    const from = start.current;
    if (from === null) return null;
    return computePanelSize({ x: from.width + event.screenX - from.screenX, y: from.height + event.screenY - from.screenY });
  };
  const finishDrag = (event: PointerEvent) => {
    const size = sizeAt(event);
    start.current = null;
    if (size !== null) resize(size, true);
  };
  return (
    <div
      class="resize-handle"
      role="button"
      tabIndex={0}
      aria-label="Resize the panel"
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown"
      title="Drag to resize the panel"
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { screenX: event.screenX, screenY: event.screenY, width: window.innerWidth, height: window.innerHeight };
      }}
      onPointerMove={(event) => {
        const size = sizeAt(event);
        if (size !== null) resize(size, false);
      }}
      onPointerUp={finishDrag}
      // Capture can end without a pointerup (the window moved under the pointer): the size reached is kept.
      onLostPointerCapture={finishDrag}
      onKeyDown={(event) => {
        const change = { ArrowLeft: [-KEY_STEP, 0], ArrowRight: [KEY_STEP, 0], ArrowUp: [0, -KEY_STEP], ArrowDown: [0, KEY_STEP] }[event.key];
        if (!change) return;
        event.preventDefault();
        const from = asked.current ?? { width: window.innerWidth, height: window.innerHeight };
        resize(computePanelSize({ x: from.width + change[0]!, y: from.height + change[1]! }), true);
      }}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M11 3 3 11M11 7 7 11" />
      </svg>
    </div>
  );
}
