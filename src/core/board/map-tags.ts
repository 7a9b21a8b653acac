/**
 * What Journey Lanes writes into shared plugin data on the nodes it draws. Shared (not private) plugin data so
 * that the REST API returns it with `plugin_data=shared` and the command line can find maps too.
 */
export const TAG_NAMESPACE = 'journeylanes';

export const TAG_KEYS = {
  /** Every drawn node: what it is in the map, one of MAP_ROLES. */
  role: 'role',
  /** Every drawn node: the id of the map it belongs to. */
  mapId: 'mapId',
  /** The map section only: the template spec as JSON, so the map's stage and lane ids survive renames. */
  spec: 'spec',
  /** Lane sections and lane labels. */
  laneId: 'laneId',
  /** Stage headers and cells. */
  stageId: 'stageId',
  /**
   * Only on the nodes the export reads back (map, title, persona, persona card, stage headers, lanes), with the
   * role as value: one search finds exactly them, without reading the role of every cell and scale mark.
   */
  part: 'part',
  /**
   * Imported notes only: the votes the journey gave the note, as JSON `{ votes, stamps? }` (see recorded-votes.ts).
   * One search of the page finds the notes that have it, so an ordinary note costs no read for it.
   */
  votes: 'votes',
  /** The map section only, on maps drawn by an import: which journey it came from, so a re-import updates it. */
  importKey: 'importKey',
  /** Persona slot sections: which slot, one of PERSONA_SLOTS' ids. */
  slotId: 'slotId',
  /** Vote badges: the node id of the note whose imported votes the badge shows. */
  noteId: 'noteId',
  /**
   * Notes an edit of the map set beside it because their stage or lane was removed: where they were, as JSON
   * `{ stageId?, stageName?, laneId, laneName }` (see note-origin.ts), so the export can say where they came from.
   */
  keptFrom: 'keptFrom',
  /**
   * Parts of a map's look that the export never reads (title details, stage descriptions, emotion guides, the
   * workshop panels): their render key, so one search finds each again to move, rewrite or redraw it.
   */
  partKey: 'partKey',
} as const;

export const MAP_ROLES = [
  'map',
  'title',
  'persona',
  'persona-card',
  'stage',
  'lane',
  'lane-label',
  'instruction',
  'cell',
  'emotion-scale',
  /** The dots and connectors of the emotion curve, redrawn on request. */
  'emotion-curve',
  /** A small label on an imported note showing its votes; it moves with its note. */
  'vote-badge',
  /** The map's look, drawn from the spec and never read by the export (see TAG_KEYS.partKey). */
  'title-detail',
  'state-badge',
  'stage-description',
  'emotion-guide',
  'legend',
  'how-to',
  /** The persona card's own texts on maps with persona slots, and the circle with the persona's initials. */
  'persona-name',
  'persona-role',
  'persona-description',
  'persona-initials',
  /** A section in the persona section (Goals, Needs, Frustrations, Quote); its notes export under persona.slots. */
  'persona-slot',
  /** The section beside the grid whose notes export as parkingLot, and the line telling what goes there. */
  'parking-lot',
  'parking-lot-instruction',
  /** The line under a persona slot's name saying what goes in it. */
  'persona-slot-hint',
] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** The roles whose text or geometry the export reads; cells, instructions and the scale are only drawing. */
export const EXPORTED_ROLES: ReadonlySet<MapRole> = new Set<MapRole>([
  'map',
  'title',
  'persona',
  'persona-card',
  'stage',
  'lane',
  'persona-name',
  'persona-role',
  'persona-description',
  'persona-slot',
  'parking-lot',
]);

/** Exported parts drawn in the persona section rather than in the map section. */
export const PERSONA_PART_ROLES: ReadonlySet<MapRole> = new Set<MapRole>(['persona-name', 'persona-role', 'persona-description', 'persona-slot']);

/**
 * Drawing the export does not read but checks is there, so that a map missing one says so (Tidy map draws it
 * again): read by role, lane and stage only, never their text or geometry.
 */
export const CHECKED_DRAWING_ROLES: ReadonlySet<MapRole> = new Set<MapRole>(['cell', 'instruction']);

export function isMapRole(value: string): value is MapRole {
  return (MAP_ROLES as readonly string[]).includes(value);
}
