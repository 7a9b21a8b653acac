import type { NoteSnapshot } from '../board-snapshot';

export interface Span {
  start: number;
  end: number;
}

/** A stage or lane of a recognised grid: its label and how far it reaches across the board. */
export interface InferredTrack {
  name: string;
  /** The header or label node, null when there is none. */
  nodeId: string | null;
  /** A stage's x-range or a lane's y-range, page coordinates. */
  span: Span;
  /** A lane drawn as a section around its label: notes in the section belong to the lane, wherever they lie. */
  sectionId?: string;
}

/** A journey grid recognised on a board that Journey Lanes did not draw, before it becomes a MapSnapshot. */
export interface InferredGrid {
  /** What the map id is made from: the table's or the first header's node id. */
  idSource: string;
  /** The table, or the section the grid sits in, when there is one. */
  nodeId: string | null;
  title: string | null;
  /** Left to right. */
  stages: InferredTrack[];
  /** Top to bottom. */
  lanes: InferredTrack[];
  /** Top of the header row. */
  top: number;
  /** Left of the label column. */
  left: number;
  /** Nodes that are headers or labels: structure, never notes, even when they are stickies. */
  structureIds: ReadonlySet<string>;
  /** Notes the grid itself holds (a table's body cells). */
  ownNotes: NoteSnapshot[];
  /** Drawn the way Journey Lanes draws a map (lane sections, labels with their instructions) but read untagged. */
  looksPluginDrawn?: boolean;
}
