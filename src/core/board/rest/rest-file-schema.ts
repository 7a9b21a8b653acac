import * as z from 'zod/mini';
import { TAG_NAMESPACE } from '../map-tags';
import { ownKeyRecordSchema } from '../../shared/own-key-record-schema';

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

export const RestPaintSchema = z.object({
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

/**
 * One node's own fields; its children are checked by RestNodeSchema's walk, not by recursion. Fields not listed
 * here are left out of the parsed node rather than copied: a board holds tens of thousands of nodes, and copying
 * every field Figma writes doubled the time to read one.
 */
const RestNodeFieldsSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  type: z.string(),
  visible: z.optional(z.boolean()),
  characters: z.optional(z.string()),
  absoluteBoundingBox: z.optional(z.nullable(RestRectangleSchema)),
  fills: z.optional(z.array(RestPaintSchema)),
  sharedPluginData: z.optional(RestSharedPluginDataSchema),
});

interface PendingNode {
  input: unknown;
  parent: PendingNode | null;
  /** Where this node sits in its parent's children. */
  index: number;
  /** Filled in once the node's fields are checked. */
  output?: RestNode;
  /** The array the node is written into, at `index`. */
  into: RestNode[] | null;
}

function pathOf(pending: PendingNode): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let node: PendingNode | null = pending; node?.parent; node = node.parent) path.unshift('children', node.index);
  return path;
}

/**
 * A node and everything under it, checked node by node with an explicit stack rather than a recursive schema:
 * a file nested thousands of levels deep is read like any other, never with a stack overflow. Problems carry
 * their full path (`children[0].children[3].id`), as zod would give them.
 */
function parseRestNodeTree(input: unknown, context: z.core.ParsePayload<unknown>): RestNode | typeof z.NEVER {
  const root: PendingNode = { input, parent: null, index: 0, into: null };
  const stack: PendingNode[] = [root];
  let valid = true;
  while (stack.length > 0) {
    const pending = stack.pop()!;
    const parsed = RestNodeFieldsSchema.safeParse(pending.input);
    if (!parsed.success) {
      const path = pathOf(pending);
      for (const issue of parsed.error.issues) context.issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodRawIssue);
      valid = false;
      continue;
    }
    const node: RestNode = parsed.data;
    pending.output = node;
    if (pending.into) pending.into[pending.index] = node;
    const children = (pending.input as { children?: unknown }).children;
    if (children === undefined) continue;
    if (!Array.isArray(children)) {
      context.issues.push({ code: 'invalid_type', expected: 'array', input: children, path: [...pathOf(pending), 'children'] });
      valid = false;
      continue;
    }
    const outputs: RestNode[] = new Array<RestNode>(children.length);
    node.children = outputs;
    for (let index = children.length - 1; index >= 0; index--) stack.push({ input: children[index], parent: pending, index, into: outputs });
  }
  return valid ? root.output! : z.NEVER;
}

export const RestNodeSchema: z.ZodMiniType<RestNode> = z.pipe(
  z.unknown(),
  z.transform((input, context) => parseRestNodeTree(input, context)),
);

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
