import type { BoardNode } from '../../core/board/board-node';
import type { NoteSnapshot } from '../../core/board/board-snapshot';
import type { FigJamSceneNode } from '../platform/figjam-api';
import { readNoteSnapshot } from './read-note-snapshot';
import { NOTES_PER_STEP } from './read-map-notes-async';
import type { ReadMapNotesOptions } from './read-map-notes-async';
import { readBounds } from './read-bounds';

const GRID_NODE_TYPES: Array<'STICKY' | 'SHAPE_WITH_TEXT' | 'TEXT' | 'SECTION'> = ['STICKY', 'SHAPE_WITH_TEXT', 'TEXT', 'SECTION'];

const NO_BOUNDS = { x: 0, y: 0, width: 0, height: 0 };

export interface SelectionBoard {
  nodes: BoardNode[];
  notes: NoteSnapshot[];
}

/**
 * A grid someone drew by hand, from what is selected: the selected nodes and everything inside selected
 * sections, as plain nodes for grid inference. Hand-drawn grids can be workshop-sized, so nodes are read in steps
 * of NOTES_PER_STEP with `onStepAsync` between them (the total grows as selected sections are opened). Tables are
 * not read in the plugin yet: the command line reads them.
 */
export async function readSelectionBoardAsync(
  selection: ReadonlyArray<FigJamSceneNode>,
  options: ReadMapNotesOptions,
): Promise<SelectionBoard> {
  const nodes: BoardNode[] = [];
  const notes: NoteSnapshot[] = [];
  const seen = new Set<string>();
  // A node found inside a selected section has its parent read when its turn comes, not as the section is opened,
  // so that opening a section of thousands of notes is not one long stretch of reads.
  const pending: Array<{ node: FigJamSceneNode; parentId: string | null; inSection?: string }> = selection.map((node) => ({ node, parentId: null }));
  const visit = (node: FigJamSceneNode, parentId: string | null) => {
    const id = node.id;
    if (seen.has(id)) return;
    seen.add(id);
    const bounds = readBounds(node);
    const type = node.type;
    if (!bounds) {
      // A sticky Figma gives no box is still one of the selected notes: exported as unplaced 'no-bounds'.
      if (type === 'STICKY') notes.push({ ...readNoteSnapshot(node, parentId, options, { id, bounds: NO_BOUNDS }), boundsMissing: true });
      return;
    }
    if (type === 'STICKY') {
      const note = readNoteSnapshot(node, parentId, options, { id, bounds });
      notes.push(note);
      nodes.push({ id, type, text: note.text, bounds, parentId });
    } else if (type === 'SHAPE_WITH_TEXT') {
      nodes.push({ id, type, text: node.text.characters, bounds, parentId });
    } else if (type === 'TEXT') {
      nodes.push({ id, type, text: node.characters, bounds, parentId });
    } else if (type === 'SECTION') {
      nodes.push({ id, type, text: node.name, bounds, parentId });
      for (const child of node.findAllWithCriteria({ types: GRID_NODE_TYPES })) pending.push({ node: child, parentId: null, inSection: id });
    }
  };
  let done = 0;
  for (let index = 0; index < pending.length; index++) {
    const { node, parentId, inSection } = pending[index]!;
    visit(node, inSection === undefined ? parentId : (node.parent?.id ?? inSection));
    if (options.budget) await options.budget.yieldIfDueAsync();
    done += 1;
    if (done % NOTES_PER_STEP === 0 && options.onStepAsync) await options.onStepAsync({ done, total: pending.length });
  }
  return { nodes, notes };
}
