import * as z from 'zod/mini';
import { TAG_NAMESPACE } from './map-tags';
import { ownKeyRecordSchema } from './own-key-record-schema';

/**
 * The part of Figma's REST file response (GET /v1/files/:key) that the command line reads, after
 * @figma/rest-api-spec. Lenient on purpose: node types the spec does not list (FigJam's STAMP, HIGHLIGHT, …) and
 * fields we do not read pass through; only what we rely on is checked, so an error names a path that matters.
 */
export const RestRectangleSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});

export const RestColorSchema = z.object({ r: z.number(), g: z.number(), b: z.number(), a: z.optional(z.number()) });

export const RestPaintSchema = z.looseObject({
  type: z.string(),
  visible: z.optional(z.boolean()),
  color: z.optional(RestColorSchema),
});

/** Only our own namespace is checked: other plugins may store anything under theirs. */
export const RestSharedPluginDataSchema = z.looseObject({
  [TAG_NAMESPACE]: z.optional(ownKeyRecordSchema(z.string())),
});

export interface RestNode {
  id: string;
  /** Required by the spec; pages and documents in old files have been seen without one, so it is optional here. */
  name?: string | undefined;
  type: string;
  visible?: boolean | undefined;
  characters?: string | undefined;
  absoluteBoundingBox?: z.infer<typeof RestRectangleSchema> | null | undefined;
  fills?: Array<z.infer<typeof RestPaintSchema>> | undefined;
  sharedPluginData?: z.infer<typeof RestSharedPluginDataSchema> | undefined;
  children?: RestNode[] | undefined;
}

export const RestNodeSchema: z.ZodMiniType<RestNode> = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  type: z.string(),
  visible: z.optional(z.boolean()),
  characters: z.optional(z.string()),
  absoluteBoundingBox: z.optional(z.nullable(RestRectangleSchema)),
  fills: z.optional(z.array(RestPaintSchema)),
  sharedPluginData: z.optional(RestSharedPluginDataSchema),
  get children() {
    return z.optional(z.array(RestNodeSchema));
  },
});

export const RestFileSchema = z.looseObject({
  name: z.string(),
  /** Absent or 'figma' for a Figma design file; checked apart from the schema so the message can say so. */
  editorType: z.optional(z.string()),
  document: z.looseObject({
    id: z.string(),
    type: z.literal('DOCUMENT'),
    children: z.array(RestNodeSchema),
  }),
});
export type RestFile = z.infer<typeof RestFileSchema>;
