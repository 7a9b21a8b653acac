import type { AddStampOptions, FakeFigmaHandles } from '../../test/fake-figjam';
import type { FigJamApi, FigJamSceneNode, FigJamSection, FigJamSticky } from '../../src/plugin/platform/figjam-api';
import type { Point } from './board-view';
import { dropNoteInto } from './move-note';
import type { StampKind } from './stamp-kinds';

const STAMP_SPACING = 28;

/** A sticky at a page point (its centre), dropped into the section under it, selected, as FigJam's sticky tool does. */
export function addNote(figma: FigJamApi, center: Point, color: RGB, section: FigJamSection | null): FigJamSticky {
  const note = figma.createSticky();
  note.fills = [{ type: 'SOLID', color: { r: color.r, g: color.g, b: color.b } }];
  note.x = Math.round(center.x - note.width / 2);
  note.y = Math.round(center.y - note.height / 2);
  dropNoteInto(figma, note, section);
  figma.currentPage.selection = [note];
  return note;
}

/**
 * Stamps cannot be made through the plugin API, so the board handle adds them, as a person would. Each further
 * stamp on the same note goes a little to the left, as people place them side by side.
 */
export function stampNote(handles: FakeFigmaHandles, note: FigJamSceneNode, kind: StampKind): void {
  const existing = note.stuckNodes.filter((node) => node.type === 'STAMP').length;
  // The API's node and the fake's node are the same object; only their static types differ.
  const stamp = handles.board.addStamp({ name: kind.name, stuckTo: note as unknown as NonNullable<AddStampOptions['stuckTo']> });
  stamp.x -= existing * STAMP_SPACING;
}

/** The text a double-click edits, or null for nodes without one. */
export function readEditableText(node: FigJamSceneNode): string | null {
  if (node.type === 'TEXT') return node.characters;
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') return node.text.characters;
  return null;
}

/** Writes text the way the API demands: the font it is set in must be loaded first. */
export async function writeTextAsync(figma: FigJamApi, node: FigJamSceneNode, characters: string): Promise<void> {
  if (node.type === 'TEXT') {
    if (node.fontName !== figma.mixed) await figma.loadFontAsync(node.fontName as FontName);
    node.characters = characters;
  } else if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') {
    if (node.text.fontName !== figma.mixed) await figma.loadFontAsync(node.text.fontName as FontName);
    node.text.characters = characters;
  }
}
