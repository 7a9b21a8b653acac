import type { NoteSnapshot } from '../../core/board/board-snapshot';
import type { Rect } from '../../core/shared/geometry';
import { nearestPaletteColor } from '../../core/shared/nearest-palette-color';
import type { FigJamSticky } from '../platform/figjam-api';
import { readBounds } from './read-bounds';

export interface ReadNoteOptions {
  /** Authors are personal data and cost two more reads a note, so they are read only when asked for. */
  includeAuthors: boolean;
}

/**
 * One note into plain data with as few reads as Figma allows: every property read crosses into the editor's
 * engine. Five a note (id, text, characters, bounds, fills), plus the author when asked for; stamps are read
 * from the stamps' side (read-stamps.ts). The parent is passed in by the caller, who found the note by searching that container, and
 * bounds the caller already read are passed in rather than read again.
 */
export function readNoteSnapshot(
  sticky: FigJamSticky,
  parentId: string | null,
  options: ReadNoteOptions,
  alreadyRead: { id?: string; bounds?: Rect | null } = {},
): NoteSnapshot {
  const id = alreadyRead.id ?? sticky.id;
  const text = sticky.text.characters;
  const box = alreadyRead.bounds === undefined ? readBounds(sticky) : alreadyRead.bounds;
  const fills = sticky.fills;
  let author: string | null = null;
  if (options.includeAuthors && sticky.authorVisible) author = sticky.authorName || null;
  return {
    id,
    text,
    bounds: box ?? { x: 0, y: 0, width: 0, height: 0 },
    color: readSolidColorName(fills),
    author,
    parentId,
    stamps: [],
  };
}

function readSolidColorName(fills: FigJamSticky['fills']): string | null {
  if (!Array.isArray(fills)) return null;
  const paints = fills as ReadonlyArray<Paint>;
  const solid = paints.find((paint): paint is SolidPaint => paint.type === 'SOLID' && paint.visible !== false);
  return solid ? nearestPaletteColor(solid.color) : null;
}
