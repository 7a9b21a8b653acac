import type { FakeFigmaHandles } from '../../test/fake-figjam';
import type { FigJamApi, FigJamSceneNode, FigJamSection } from '../../src/plugin/platform/figjam-api';
import type { BoardView, Box, Point } from './board-view';
import { centerViewOn, computeViewCenter, fitViewToBox, panView, toPagePoint, unionOfBoxes, zoomViewAt } from './board-view';
import { findDropSection } from './find-drop-section';
import { dropNoteInto, moveNoteBy } from './move-note';
import { readEditableText, writeTextAsync } from './note-actions';
import type { BoardScene, SceneItem } from './read-board-scene';
import { flattenScene, readBoardScene } from './read-board-scene';
import { renderBoard } from './render-board';

export interface BoardElements {
  board: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  content: SVGGElement;
  zoomLabel: HTMLElement;
  banner: HTMLElement;
}

export interface BoardController {
  /** Redraws when the API was used since the last drawing, and follows the plugin's viewport changes. */
  update(): void;
  /** For changes that do not go through the API (stamps added by the board handle). */
  markChanged(): void;
  zoomBy(factor: number): void;
  fitToContent(): void;
  /** The page point at the middle of the board. */
  readCenter(): Point;
  readScene(): BoardScene;
  readSelectedNodes(): FigJamSceneNode[];
  findSectionAt(point: Point): FigJamSection | null;
  editText(node: FigJamSceneNode): void;
  onSelectionDrawn(listener: () => void): void;
}

type Gesture =
  | { kind: 'pan'; pointerId: number; start: Point; startView: BoardView; moved: boolean }
  | { kind: 'drag'; pointerId: number; start: Point; node: FigJamSceneNode; lastPage: Point; moved: boolean };

const DRAG_THRESHOLD = 3;
const VIEWPORT_WRITE_DELAY = 150;

function boxOf(item: SceneItem): Box {
  return { x: item.x, y: item.y, width: item.width, height: item.height };
}

function isSameView(a: { center: Point; zoom: number }, b: { center: Point; zoom: number }): boolean {
  return Math.abs(a.center.x - b.center.x) < 0.01 && Math.abs(a.center.y - b.center.y) < 0.01 && Math.abs(a.zoom - b.zoom) < 1e-6;
}

/**
 * The board: draws the page as the API reports it, and turns pointer gestures into API calls (selection, x/y,
 * appendChild, text), so everything the board does is something a plugin could do too.
 */
export function createBoardController(figma: FigJamApi, handles: FakeFigmaHandles, elements: BoardElements): BoardController {
  const { board, svg, viewport, content, zoomLabel, banner } = elements;
  let scene: BoardScene = { items: [], nodesById: new Map() };
  let selectedIds = new Set<string>();
  let view: BoardView = { offset: { x: 0, y: 0 }, zoom: 1 };
  let drawnVersion = -1;
  let localChanges = 0;
  let seenScrolls = handles.scrolledTo.length;
  let writtenViewport = { center: figma.viewport.center, zoom: figma.viewport.zoom };
  let viewportWriteTimer: number | undefined;
  let gesture: Gesture | null = null;
  const selectionListeners: Array<() => void> = [];

  const screenSize = () => ({ width: board.clientWidth, height: board.clientHeight });
  const screenPoint = (event: { clientX: number; clientY: number }): Point => {
    const rectangle = board.getBoundingClientRect();
    return { x: event.clientX - rectangle.left, y: event.clientY - rectangle.top };
  };

  function applyView(): void {
    viewport.setAttribute('transform', `translate(${view.offset.x} ${view.offset.y}) scale(${view.zoom})`);
    svg.style.setProperty('--zoom', String(view.zoom));
    zoomLabel.textContent = `${Math.round(view.zoom * 100)}%`;
  }

  /** Figma's viewport is what the person sees: the plugin reads it, so the board keeps it current. */
  function writeViewport(): void {
    window.clearTimeout(viewportWriteTimer);
    if (handles.closed) return;
    const center = computeViewCenter(view, screenSize());
    figma.viewport.center = center;
    figma.viewport.zoom = view.zoom;
    writtenViewport = { center, zoom: view.zoom };
  }

  function scheduleViewportWrite(): void {
    window.clearTimeout(viewportWriteTimer);
    viewportWriteTimer = window.setTimeout(writeViewport, VIEWPORT_WRITE_DELAY);
  }

  function setView(next: BoardView, writeNow: boolean): void {
    view = next;
    applyView();
    if (writeNow) writeViewport();
    else scheduleViewportWrite();
  }

  function readChangeVersion(): number {
    const counts = handles.counts.snapshot();
    return counts.writes + counts.calls + localChanges;
  }

  function draw(): void {
    if (handles.closed) {
      banner.hidden = false;
      return;
    }
    scene = readBoardScene(figma);
    selectedIds = new Set(figma.currentPage.selection.map((node) => node.id));
    renderBoard(content, scene.items, selectedIds);
    for (const listener of selectionListeners) listener();
  }

  /** scrollAndZoomIntoView was called: fit those nodes to this board (the fake's own zoom assumes another screen). */
  function followViewport(): void {
    if (handles.closed) return;
    const scrolls = handles.scrolledTo;
    if (scrolls.length !== seenScrolls) {
      seenScrolls = scrolls.length;
      const ids = new Set(scrolls[scrolls.length - 1]);
      const box = unionOfBoxes(flattenScene(scene.items).filter((item) => ids.has(item.id)).map(boxOf));
      if (box) setView(fitViewToBox(box, screenSize()), true);
      return;
    }
    const current = { center: figma.viewport.center, zoom: figma.viewport.zoom };
    if (!isSameView(current, writtenViewport)) {
      writtenViewport = current;
      view = centerViewOn(current.center, current.zoom, screenSize());
      applyView();
    }
  }

  function hitNode(target: EventTarget | null): FigJamSceneNode | null {
    if (!(target instanceof Element)) return null;
    const element = target.closest<SVGElement>('[data-node-id]');
    const id = element?.dataset.nodeId;
    const node = id === undefined ? undefined : scene.nodesById.get(id);
    // Sections are picked by their name in FigJam and locked nodes not at all: pressing on them moves the board.
    if (!node || node.removed || node.type === 'SECTION' || node.locked) return null;
    return node;
  }

  function select(nodes: FigJamSceneNode[]): void {
    const same = nodes.length === selectedIds.size && nodes.every((node) => selectedIds.has(node.id));
    if (!same) figma.currentPage.selection = nodes;
  }

  function findSectionAt(point: Point, draggedId: string | null = null): FigJamSection | null {
    const item = findDropSection(scene.items, point, draggedId);
    const node = item ? scene.nodesById.get(item.id) : undefined;
    return node && node.type === 'SECTION' ? node : null;
  }

  function dropNote(node: FigJamSceneNode): void {
    const box = node.absoluteBoundingBox;
    if (!box) return;
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    dropNoteInto(figma, node, findSectionAt(center, node.id));
  }

  function reportError(error: unknown): void {
    console.error(error);
    banner.hidden = false;
    banner.textContent = error instanceof Error ? error.message : String(error);
  }

  board.addEventListener('pointerdown', (event) => {
    if (gesture || (event.button !== 0 && event.button !== 1) || handles.closed) return;
    board.focus({ preventScroll: true });
    const start = screenPoint(event);
    const node = event.button === 0 ? hitNode(event.target) : null;
    try {
      if (node) {
        select([node]);
        gesture = { kind: 'drag', pointerId: event.pointerId, start, node, lastPage: toPagePoint(view, start), moved: false };
      } else {
        gesture = { kind: 'pan', pointerId: event.pointerId, start, startView: view, moved: false };
      }
      board.setPointerCapture(event.pointerId);
      board.classList.toggle('panning', gesture.kind === 'pan');
    } catch (error) {
      reportError(error);
    }
  });

  board.addEventListener('pointermove', (event) => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const point = screenPoint(event);
    if (!gesture.moved && Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) < DRAG_THRESHOLD) return;
    gesture.moved = true;
    try {
      if (gesture.kind === 'pan') {
        view = panView(gesture.startView, { x: point.x - gesture.start.x, y: point.y - gesture.start.y });
        applyView();
      } else if (gesture.node.type === 'STICKY') {
        const page = toPagePoint(view, point);
        moveNoteBy(gesture.node, { x: page.x - gesture.lastPage.x, y: page.y - gesture.lastPage.y });
        gesture.lastPage = page;
      }
    } catch (error) {
      reportError(error);
    }
  });

  const endGesture = (event: PointerEvent) => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const ended = gesture;
    gesture = null;
    board.classList.remove('panning');
    try {
      if (ended.kind === 'pan') {
        if (ended.moved) writeViewport();
        else select([]);
      } else if (ended.moved && ended.node.type === 'STICKY' && !ended.node.removed) {
        dropNote(ended.node);
      }
    } catch (error) {
      reportError(error);
    }
  };
  board.addEventListener('pointerup', endGesture);
  board.addEventListener('pointercancel', endGesture);

  board.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) {
        setView(zoomViewAt(view, screenPoint(event), view.zoom * Math.exp(-event.deltaY * 0.01)), false);
      } else {
        setView(panView(view, { x: -event.deltaX, y: -event.deltaY }), false);
      }
    },
    { passive: false },
  );

  board.addEventListener('dblclick', (event) => {
    // The board captures the pointer on pointerdown, so the click events that follow target the board itself,
    // not the note: the note is the element under the pointer.
    const node = hitNode(document.elementFromPoint(event.clientX, event.clientY));
    if (node) controller.editText(node);
  });

  board.addEventListener('keydown', (event) => {
    if (event.target !== board || handles.closed) return;
    try {
      if (event.key === 'Delete' || event.key === 'Backspace') {
        for (const node of figma.currentPage.selection) if (!node.locked) node.remove();
      } else if (event.key === 'Escape') {
        select([]);
      } else if (event.key === 'Enter') {
        const [node] = figma.currentPage.selection;
        if (node) controller.editText(node);
      } else {
        return;
      }
      event.preventDefault();
    } catch (error) {
      reportError(error);
    }
  });

  function openEditor(node: FigJamSceneNode, text: string): void {
    const item = flattenScene(scene.items).find((candidate) => candidate.id === node.id);
    if (!item) return;
    const editor = document.createElement('textarea');
    editor.className = 'text-editor';
    editor.value = text;
    editor.setAttribute('aria-label', 'Note text');
    const topLeft = { x: item.x * view.zoom + view.offset.x, y: item.y * view.zoom + view.offset.y };
    Object.assign(editor.style, {
      left: `${topLeft.x}px`,
      top: `${topLeft.y}px`,
      width: `${Math.max(item.width * view.zoom, 120)}px`,
      height: `${Math.max(item.height * view.zoom, 60)}px`,
      fontSize: `${Math.max((item.text?.fontSize ?? 16) * view.zoom, 12)}px`,
      background: item.fill ?? '#ffffff',
    });
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const value = editor.value;
      editor.remove();
      board.focus({ preventScroll: true });
      if (value !== text && !node.removed) writeTextAsync(figma, node, value).catch(reportError);
    };
    editor.addEventListener('blur', () => finish());
    editor.addEventListener('keydown', (event) => {
      // FigJam leaves editing on Escape and keeps what was typed; only undo takes it back.
      if (event.key === 'Escape') finish();
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) finish();
      event.stopPropagation();
    });
    board.append(editor);
    editor.focus();
    editor.select();
  }

  const controller: BoardController = {
    update() {
      const version = readChangeVersion();
      if (version !== drawnVersion) {
        drawnVersion = version;
        try {
          draw();
        } catch (error) {
          reportError(error);
        }
      }
      try {
        followViewport();
      } catch (error) {
        reportError(error);
      }
    },
    markChanged() {
      localChanges += 1;
    },
    zoomBy(factor) {
      const size = screenSize();
      setView(zoomViewAt(view, { x: size.width / 2, y: size.height / 2 }, view.zoom * factor), true);
    },
    fitToContent() {
      const box = unionOfBoxes(scene.items.map(boxOf));
      if (box) setView(fitViewToBox(box, screenSize()), true);
    },
    readCenter: () => computeViewCenter(view, screenSize()),
    readScene: () => scene,
    readSelectedNodes: () => [...selectedIds].map((id) => scene.nodesById.get(id)).filter((node): node is FigJamSceneNode => node !== undefined && !node.removed),
    findSectionAt: (point) => findSectionAt(point),
    editText(node) {
      const text = readEditableText(node);
      if (text !== null && !node.locked) openEditor(node, text);
    },
    onSelectionDrawn(listener) {
      selectionListeners.push(listener);
    },
  };

  view = centerViewOn(writtenViewport.center, writtenViewport.zoom, screenSize());
  applyView();
  return controller;
}
