import type { MapState } from '../template/template-spec';
import type { Rect } from '../shared/geometry';
import type { NoteOrigin } from '../journey/journey-schema';
import type { LaneKind } from '../shared/lane-kinds';
import type { RecordedVote } from './recorded-votes';
import type { PersonaSlotId } from '../template/persona-slots';

/**
 * Plain data read off a board, by the plugin (from live nodes) or by the command line (from a REST file).
 * Everything that decides lanes, stages, scores and votes works on these, never on nodes.
 */
export interface NoteSnapshot {
  /** The node id on the board. */
  id: string;
  text: string;
  /** Page coordinates. */
  bounds: Rect;
  /** Nearest FigJam palette name ("Yellow"), or null when the note has no solid fill. */
  color: string | null;
  /** Only when the author is shown on the note. */
  author: string | null;
  /** Node id of the section or other container the note sits in, null when on the page. */
  parentId: string | null;
  /** Names of the stamps stuck to the note, one entry per stamp ("+1", "thumbs up", ...). */
  stamps: string[];
  /** Votes an import gave the note, counted with its stamps; absent on notes not imported with votes. */
  recordedVote?: RecordedVote;
  /** Figma gave the sticky no bounding box: `bounds` is empty and means nothing; it is exported as 'no-bounds'. */
  boundsMissing?: true;
  /** The cell an edit of the map took the note from when it removed the note's stage or lane. */
  keptFrom?: NoteOrigin;
}

export interface LaneSnapshot {
  /** The lane id the map was drawn with. */
  id: string;
  /** The label as it is on the board now. */
  name: string;
  kind: LaneKind;
  /** The lane section's node id, or null for a lane inferred without a section. */
  nodeId: string | null;
  /** Inferred grids: the node that labels the lane, exported as the lane's `labelNodeId`. */
  labelNodeId?: string;
  /** The lane band as it is on the board now (page coordinates). */
  bounds: Rect;
}

export interface StageSnapshot {
  id: string;
  name: string;
  nodeId: string | null;
  /** Inferred grids: the node that heads the stage, exported as the stage's `labelNodeId`. */
  labelNodeId?: string;
  /** The stage column as it is on the board now: header x-range, map y-range (page coordinates). */
  bounds: Rect;
  /** The spec's one line under the header, when it has one. */
  description?: string;
}

export interface PersonaSnapshot {
  name: string;
  description: string;
  /** The persona section's node id, when notes can be dropped on it. */
  nodeId: string | null;
  bounds: Rect;
  /** The line under the name on cards with slots; absent when there is none. */
  role?: string;
  /** Maps drawn with persona slots: each slot as it is on the board now, in PERSONA_SLOTS order. */
  slots?: PersonaSlotSnapshot[];
}

export interface PersonaSlotSnapshot {
  id: PersonaSlotId;
  /** The slot section's node id, or null when it was deleted (the spec's place stands in). */
  nodeId: string | null;
  bounds: Rect;
}

/** The section beside the grid whose notes export as `parkingLot`. */
export interface ParkingLotSnapshot {
  nodeId: string | null;
  bounds: Rect;
}

export interface MapSnapshot {
  /** The map id from the tags, or a generated one for an inferred grid. */
  mapId: string;
  /** The map section's node id, when there is one. */
  nodeId: string | null;
  title: string;
  bounds: Rect;
  persona: PersonaSnapshot | null;
  /** Top to bottom as on the board now. */
  lanes: LaneSnapshot[];
  /** Left to right as on the board now. */
  stages: StageSnapshot[];
  /** Every note inside the map's bounds or its sections, and notes close outside it. */
  notes: NoteSnapshot[];
  /**
   * What the map lacks on the board (a deleted lane, stage header, title or persona), one sentence each; the
   * spec stood in for it. Absent when nothing is missing.
   */
  warnings?: string[];
  /** The spec's "current" or "future" state, when it has one. */
  state?: MapState;
  /** Maps drawn with a parking lot. */
  parkingLot?: ParkingLotSnapshot;
  /** The spec's title-area texts (what is mapped, by whom, when), each when it has one. */
  scenario?: string;
  team?: string;
  date?: string;
  /** A grid recognised on the board that has no title there: `title` is the default one, said for a journey map. */
  untitled?: true;
  /** The spec's cell size: how many default notes a cell holds across and down. */
  cellSize?: { columns: number; rows: number };
}

export interface BoardSource {
  editor: 'figjam';
  page: string;
  /** 'plugin' when read in FigJam, 'rest' when read from a REST file. */
  via: 'plugin' | 'rest';
  fileKey?: string;
}
