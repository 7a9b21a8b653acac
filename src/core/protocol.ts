import * as z from 'zod/mini';
import { ExportFormatSchema, JourneySchema } from './journey-schema';
import { PreferencesSchema } from './preferences';
import { TemplateSpecSchema } from './template-spec';

/**
 * The one message protocol between the plugin UI and the sandbox. Both sides `safeParse` what arrives.
 * `create-map` and `export-map` (and their answers) are public: tools and tests drive the plugin through them.
 * The spec inside `create-map` is validated separately so an invalid spec gets an answer that names the field.
 */
const RequestId = z.string().check(z.minLength(1), z.maxLength(100));

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
  z.object({ type: z.literal('resize-ui'), width: z.int().check(z.minimum(240), z.maximum(1200)), height: z.int().check(z.minimum(200), z.maximum(1200)) }),
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
    /** How many `export-chunk` messages carried the text, in order, before this answer; absent when none. */
    textChunks: z.optional(z.int().check(z.minimum(1))),
  }),
  z.object({
    type: z.literal('export-chunk'),
    requestId: RequestId,
    index: z.int().check(z.minimum(0)),
    count: z.int().check(z.minimum(1)),
    text: z.string(),
  }),
  z.object({ type: z.literal('maps-listed'), requestId: RequestId, maps: z.array(MapSummarySchema) }),
  z.object({ type: z.literal('node-zoomed'), requestId: RequestId }),
  z.object({ type: z.literal('selection-changed'), maps: z.array(MapSummarySchema) }),
  z.object({
    type: z.literal('progress'),
    requestId: RequestId,
    phase: z.string(),
    done: z.int().check(z.minimum(0)),
    total: z.int().check(z.minimum(0)),
  }),
  z.object({
    type: z.literal('error'),
    requestId: z.nullable(RequestId),
    message: z.string(),
    /** The field of the request that caused it, as a path like `stages[2].name`, when there is one. */
    field: z.optional(z.string()),
  }),
]);
export type SandboxToUi = z.infer<typeof SandboxToUiSchema>;

export type CreateMapRequest = Extract<UiToSandbox, { type: 'create-map' }>;
export type ExportMapRequest = Extract<UiToSandbox, { type: 'export-map' }>;
export type MapExported = Extract<SandboxToUi, { type: 'map-exported' }>;

/** Re-exported so that both sides validate specs with the very same schema. */
export { TemplateSpecSchema };
