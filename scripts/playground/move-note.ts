import type { FigJamApi, FigJamPage, FigJamSceneNode, FigJamSection } from '../../src/plugin/platform/figjam-api';
import type { Point } from './board-view';

type Container = FigJamSection | FigJamPage;

function originOf(container: Container): Point {
  if (container.type === 'PAGE') return { x: 0, y: 0 };
  const [[, , x], [, , y]] = container.absoluteTransform;
  return { x, y };
}

function pagePositionOf(node: FigJamSceneNode): Point {
  const [[, , x], [, , y]] = node.absoluteTransform;
  return { x, y };
}

/** A note and the stamps stuck to it move together, as they do when someone drags the note in FigJam. */
function withStamps(note: FigJamSceneNode): FigJamSceneNode[] {
  return [note, ...note.stuckNodes.filter((node) => node.type === 'STAMP')];
}

/** Moves a note by a page distance (its stamps follow it); x and y stay relative to the note's parent. */
export function moveNoteBy(note: FigJamSceneNode, delta: Point): void {
  note.x += delta.x;
  note.y += delta.y;
}

/**
 * Puts a dropped note into the section under it, or onto the page, where FigJam would. appendChild keeps relative
 * x/y, so each node is appended first and then placed back where it was on the page.
 */
export function dropNoteInto(figma: FigJamApi, note: FigJamSceneNode, section: FigJamSection | null): void {
  const container: Container = section ?? figma.currentPage;
  if (note.parent?.id === container.id) return;
  const origin = originOf(container);
  for (const node of withStamps(note)) {
    const position = pagePositionOf(node);
    container.appendChild(node);
    node.x = position.x - origin.x;
    node.y = position.y - origin.y;
  }
}
