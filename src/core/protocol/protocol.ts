import * as z from 'zod/mini';
import { ComparisonFormatSchema, JourneyComparisonSchema } from '../compare/journey-comparison-schema';
import { ExportFormatSchema, JourneySchema } from '../journey/journey-schema';
import { PreferencesSchema } from './preferences';
import { TemplateSpecSchema } from '../template/template-spec';

/**
 * The one message protocol between the plugin UI and the sandbox. Both sides `safeParse` what arrives.
 * `create-map` and `export-map` (and their answers) are public: tools and tests drive the plugin through them.
 * The spec inside `create-map` is validated separately so an invalid spec gets an answer that names the field.
 */
const RequestId = z.string().check(z.minLength(1), z.maxLength(100));
/** How many of something (notes, parts, stages), or a position counted from 0: a whole number, 0 or more. */
const Count = z.int().check(z.minimum(0));
/** A count of at least one; where it is optional, an answer leaves it out rather than send 0. */
const PositiveCount = z.int().check(z.minimum(1));
/** Notes in each lane or each stage of a map, by its id. */
const NotesByPlace = z.record(z.string(), Count);
/** How many `export-chunk` messages carried the text, in order, before this answer; absent when none. */
const TextChunks = z.optional(PositiveCount);

export const MapSummarySchema = z.object({
  mapId: z.string(),
  nodeId: z.string(),
  title: z.string(),
  kind: z.enum(['tagged', 'inferred']),
  selected: z.boolean(),
});
export type MapSummary = z.infer<typeof MapSummarySchema>;

export const UiToSandboxSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui-ready') }),
  z.object({ type: z.literal('create-map'), requestId: RequestId, spec: z.optional(z.unknown()) }),
  z.object({
    type: z.literal('export-map'),
    requestId: RequestId,
    mapId: z.optional(z.string()),
    format: z.optional(ExportFormatSchema),
    /** Note authors are personal data, and reading them costs two more reads a note: off unless asked for. */
    includeAuthors: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('list-maps'), requestId: RequestId }),
  z.object({ type: z.literal('zoom-to-node'), requestId: RequestId, nodeId: z.string() }),
  z.object({ type: z.literal('notify'), message: z.string(), error: z.optional(z.boolean()) }),
  /** Draws a map from a version-1 journey, or updates the map an earlier import of the same journey drew. */
  z.object({ type: z.literal('import-map'), requestId: RequestId, journey: z.unknown() }),
  /** Draws a copy of a map beside it, notes and all, as the starting point of a future-state map; answered with `map-imported`. */
  z.object({ type: z.literal('duplicate-map'), requestId: RequestId, mapId: z.string(), title: z.optional(z.string()) }),
  /** The spec of a drawn map as it is on the board now, to edit it. */
  z.object({ type: z.literal('read-map-spec'), requestId: RequestId, mapId: z.string() }),
  /**
   * Changes a drawn map's stages and lanes (add, remove, rename, reorder, by id); notes move with their cells.
   * Removing a stage or lane that holds notes is answered with `update-needs-confirmation` unless
   * `keepNotesBeside` is true; the notes are then kept beside the map, never deleted.
   */
  z.object({
    type: z.literal('update-map'),
    requestId: RequestId,
    mapId: z.string(),
    spec: z.unknown(),
    keepNotesBeside: z.optional(z.boolean()),
  }),
  /** Restores the grid of a map whose parts were moved or resized, and snaps notes back into their cells. */
  z.object({ type: z.literal('tidy-map'), requestId: RequestId, mapId: z.string() }),
  /** Draws (or redraws) the line through the stages' emotion scores in the map's emotion lane. */
  z.object({ type: z.literal('draw-emotion-curve'), requestId: RequestId, mapId: z.string() }),
  /** Compares two maps of the page (a current state and its future state), as `journey-lanes compare` does. */
  z.object({
    type: z.literal('compare-maps'),
    requestId: RequestId,
    beforeMapId: z.string(),
    afterMapId: z.string(),
    format: z.optional(ComparisonFormatSchema),
  }),
  z.object({ type: z.literal('resize-ui'), width: z.int().check(z.minimum(240), z.maximum(1200)), height: z.int().check(z.minimum(200), z.maximum(1200)) }),
  /**
   * The journey a read gave, in another format, without reading the board again: switching formats and previews
   * cost no plugin-API call. The journey is checked against the version-1 schema in the handler, to name problems.
   */
  z.object({ type: z.literal('format-journey'), requestId: RequestId, journey: z.unknown(), format: ExportFormatSchema }),
  /** Merged into what is stored per person (figma.clientStorage); a panel size, an export format. */
  z.object({ type: z.literal('save-preferences'), preferences: PreferencesSchema }),
]);
export type UiToSandbox = z.infer<typeof UiToSandboxSchema>;

export const SandboxToUiSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    editorType: z.string(),
    command: z.string(),
    pluginVersion: z.string(),
    maps: z.array(MapSummarySchema),
    /** The person's last choices, when any were stored. */
    preferences: z.optional(PreferencesSchema),
  }),
  z.object({ type: z.literal('map-created'), requestId: RequestId, mapId: z.string() }),
  z.object({
    type: z.literal('map-exported'),
    requestId: RequestId,
    format: ExportFormatSchema,
    journey: JourneySchema,
    /** The export in the requested format; '' when it was too big for one message and came in `export-chunk`s. */
    text: z.string(),
    textChunks: TextChunks,
    /** What the map lacks on the board (a deleted lane, header, title, persona), one sentence each; absent when none. */
    warnings: z.optional(z.array(z.string())),
  }),
  z.object({
    type: z.literal('export-chunk'),
    requestId: RequestId,
    index: Count,
    count: PositiveCount,
    text: z.string(),
  }),
  z.object({
    type: z.literal('journey-formatted'),
    requestId: RequestId,
    format: ExportFormatSchema,
    /** The journey in `format`; '' when it was too big for one message and came in `export-chunk`s. */
    text: z.string(),
    textChunks: TextChunks,
  }),
  z.object({ type: z.literal('maps-listed'), requestId: RequestId, maps: z.array(MapSummarySchema) }),
  z.object({ type: z.literal('node-zoomed'), requestId: RequestId }),
  z.object({ type: z.literal('selection-changed'), maps: z.array(MapSummarySchema) }),
  z.object({
    type: z.literal('progress'),
    requestId: RequestId,
    phase: z.string(),
    done: Count,
    total: Count,
  }),
  z.object({
    type: z.literal('map-imported'),
    requestId: RequestId,
    mapId: z.string(),
    nodeId: z.string(),
    /** True when an earlier import's map was updated rather than a new map drawn. */
    updated: z.boolean(),
    /** Notes drawn by this import. */
    notesAdded: Count,
    /** Notes already on the updated map that were left where people put them. */
    notesKept: Count,
    /** Notes of the updated map that moved with their cells (cells grown, stages or lanes moved); absent when none. */
    notesMoved: z.optional(PositiveCount),
    /** Notes of removed stages and lanes, kept beside the updated map; absent when none. */
    notesKeptBeside: z.optional(PositiveCount),
    /** Names cut to the template's limits or named by their place because they were empty; absent when none. */
    namesFitted: z.optional(PositiveCount),
    /** Of those, the blank names named by their place ("Stage 2"); the rest were shortened. Absent when none. */
    namesBlank: z.optional(PositiveCount),
  }),
  z.object({
    type: z.literal('map-spec'),
    requestId: RequestId,
    mapId: z.string(),
    spec: TemplateSpecSchema,
    /** Notes in each lane and each stage now, by id, so removing one can say what it holds. */
    notesByLane: NotesByPlace,
    notesByStage: NotesByPlace,
  }),
  z.object({
    type: z.literal('update-needs-confirmation'),
    requestId: RequestId,
    mapId: z.string(),
    /** Notes in the stages and lanes the update removes; they would be kept beside the map. */
    notes: PositiveCount,
    stages: z.array(z.string()),
    lanes: z.array(z.string()),
  }),
  z.object({
    type: z.literal('map-updated'),
    requestId: RequestId,
    mapId: z.string(),
    notesMoved: Count,
    notesKeptBeside: Count,
    /** Stages whose names are drawn smaller than the other headers', being too long for them; absent when none. */
    namesDrawnSmaller: z.optional(z.array(z.string())),
  }),
  z.object({
    type: z.literal('map-tidied'),
    requestId: RequestId,
    mapId: z.string(),
    notesMoved: Count,
    partsRestored: Count,
    /** Notes put in a free place of their cell because snapping them would have covered another; absent when none. */
    notesLaidOut: z.optional(PositiveCount),
  }),
  z.object({
    type: z.literal('emotion-curve-drawn'),
    requestId: RequestId,
    mapId: z.string(),
    /** Stages with a score, each a point of the line. */
    points: Count,
  }),
  z.object({
    type: z.literal('maps-compared'),
    requestId: RequestId,
    comparison: JourneyComparisonSchema,
    /** The comparison in the requested format (JSON by default). */
    text: z.string(),
  }),
  z.object({
    type: z.literal('error'),
    requestId: z.nullable(RequestId),
    message: z.string(),
    /** The field of the request that caused it, as a path like `stages[2].name`, when there is one. */
    field: z.optional(z.string()),
    /** Every problem found, each starting with its path (`stages[2].lanes.painPoints[0].text: expected string`). */
    problems: z.optional(z.array(z.string())),
    /**
     * The same problems said for a person: where ("Stage 3 › Pain points › note 1"), what ("the text must be
     * text, not a number"), and the path beside it. Invalid imports only.
     */
    issues: z.optional(z.array(z.object({ place: z.string(), message: z.string(), path: z.string() }))),
  }),
]);
export type SandboxToUi = z.infer<typeof SandboxToUiSchema>;

export type CreateMapRequest = Extract<UiToSandbox, { type: 'create-map' }>;
export type ExportMapRequest = Extract<UiToSandbox, { type: 'export-map' }>;
export type MapExported = Extract<SandboxToUi, { type: 'map-exported' }>;
export type FormatJourneyRequest = Extract<UiToSandbox, { type: 'format-journey' }>;
export type JourneyFormatted = Extract<SandboxToUi, { type: 'journey-formatted' }>;
export type ImportMapRequest = Extract<UiToSandbox, { type: 'import-map' }>;
export type DuplicateMapRequest = Extract<UiToSandbox, { type: 'duplicate-map' }>;
export type UpdateMapRequest = Extract<UiToSandbox, { type: 'update-map' }>;
export type CompareMapsRequest = Extract<UiToSandbox, { type: 'compare-maps' }>;
export type MapsCompared = Extract<SandboxToUi, { type: 'maps-compared' }>;
export type ReadMapSpecRequest = Extract<UiToSandbox, { type: 'read-map-spec' }>;
export type TidyMapRequest = Extract<UiToSandbox, { type: 'tidy-map' }>;
export type ZoomToNodeRequest = Extract<UiToSandbox, { type: 'zoom-to-node' }>;

/** Re-exported so that both sides validate specs with the very same schema. */
export { TemplateSpecSchema };
