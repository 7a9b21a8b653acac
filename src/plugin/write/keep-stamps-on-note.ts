import type { Point } from '../../core/shared/geometry';
import type { ChangeLog } from './change-log';
import type { FigJamSceneNode } from '../platform/figjam-api';

function pageOrigin(node: { readonly absoluteTransform: Transform }): Point {
  const [[, , x], [, , y]] = node.absoluteTransform;
  return { x, y };
}

function parentOrigin(node: FigJamSceneNode): Point {
  const parent = node.parent;
  return parent && parent.type !== 'PAGE'
    ? pageOrigin(parent as unknown as { absoluteTransform: Transform })
    : { x: 0, y: 0 };
}

function placeOnPage(node: FigJamSceneNode, at: Point): void {
  const origin = parentOrigin(node);
  node.x = at.x - origin.x;
  node.y = at.y - origin.y;
}

/**
 * Moves a note with `move` and leaves every stamp stuck to it at the offset it had from the note. Figma moves
 * stuck nodes with their host, but whether it does so for a plugin's move is not documented, and a stamp left
 * behind would show its vote on another note (and be counted there by the command line, which goes by overlap).
 * The stamps' page positions are logged before the move, so a rollback puts them back after the note.
 */
export function keepStampsOnNote(log: ChangeLog, note: FigJamSceneNode, move: () => void): void {
  const stamps = note.stuckNodes;
  if (stamps.length === 0) {
    move();
    return;
  }
  const noteBefore = pageOrigin(note);
  const starts = stamps.map((stamp) => ({ stamp, at: pageOrigin(stamp) }));
  log.change(
    () => undefined,
    () => {
      for (const { stamp, at } of starts) if (!stamp.removed) placeOnPage(stamp, at);
    },
  );
  move();
  const noteAfter = pageOrigin(note);
  for (const { stamp, at } of starts) {
    const target = { x: at.x + noteAfter.x - noteBefore.x, y: at.y + noteAfter.y - noteBefore.y };
    const now = pageOrigin(stamp);
    if (now.x !== target.x || now.y !== target.y) placeOnPage(stamp, target);
  }
}
