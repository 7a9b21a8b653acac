import type { BoardNode } from '../board-node';
import { rectContainsRect } from '../../shared/geometry';

/** The sections around board nodes, asked for the few nodes that pair into grids. */
export interface SectionFrames {
  /** Ids of the sections around the node, innermost first (never the node itself); empty on the page. */
  framesOf: (node: BoardNode) => readonly string[];
  /** The innermost section around both nodes, null when none holds both. */
  commonFrame: (a: BoardNode, b: BoardNode) => string | null;
}

const NO_FRAMES: readonly string[] = [];

/**
 * Sections around a node follow its parent links while they are sections; a node whose parent is not a section
 * the board holds (a group, which boards do not list) falls back to the sections whose box holds its box,
 * smallest first. Invariant: framesOf(node) lists each section around the node once, inner before outer.
 * Computed on demand and kept: on a board without sections nothing is built, and each node is walked once.
 */
export function createSectionFrames(nodes: readonly BoardNode[]): SectionFrames {
  const sections = new Map<string, BoardNode>();
  for (const node of nodes) if (node.type === 'SECTION') sections.set(node.id, node);
  const known = new Map<string, readonly string[]>();
  const bySize = [...sections.values()].sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height);

  const framesOf = (node: BoardNode): readonly string[] => {
    if (sections.size === 0) return NO_FRAMES;
    const cached = known.get(node.id);
    if (cached) return cached;
    // Parent links that loop back end the walk instead of recursing forever.
    known.set(node.id, NO_FRAMES);
    const parent = node.parentId === null ? undefined : sections.get(node.parentId);
    let frames: readonly string[];
    if (parent) frames = [parent.id, ...framesOf(parent).filter((id) => id !== parent.id && id !== node.id)];
    else if (node.parentId === null) frames = NO_FRAMES;
    else frames = bySize.filter((section) => section !== node && rectContainsRect(section.bounds, node.bounds)).map((section) => section.id);
    known.set(node.id, frames);
    return frames;
  };

  const commonFrame = (a: BoardNode, b: BoardNode): string | null => {
    const around = framesOf(b);
    if (around.length === 0) return null;
    return framesOf(a).find((id) => around.includes(id)) ?? null;
  };

  return { framesOf, commonFrame };
}

/**
 * The nodes inside `frame` (all of them when there is none): a grid stays inside the section that frames it, so
 * two maps side by side, each in its section, share no header row and no label column.
 */
export function keepInsideFrame(nodes: readonly BoardNode[], frame: string | null, frames: SectionFrames): BoardNode[] {
  return frame === null ? [...nodes] : nodes.filter((node) => frames.framesOf(node).includes(frame));
}

/**
 * A row without the sections of the label column and the nodes that lie in one: such a section is a lane, so it
 * and the notes in it are never the grid's stage headers (a retro in rows: its first section, or the first row's
 * notes, above the sections of the others).
 */
export function dropNodesInLaneSections(row: BoardNode[], laneSections: ReadonlySet<string>, frames: SectionFrames): BoardNode[] {
  if (laneSections.size === 0) return row;
  return row.filter((node) => !laneSections.has(node.id) && !frames.framesOf(node).some((id) => laneSections.has(id)));
}
