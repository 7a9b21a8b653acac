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
export const RestNodeFieldsSchema = z.object({
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
  /** The array the node is written into, at `index`. */
  into: RestNode[] | null;
}

function pathOf(pending: PendingNode): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let node: PendingNode | null = pending; node?.parent; node = node.parent) path.unshift('children', node.index);
  return path;
}

const isRecord = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);
const isOptional = (value: unknown, type: 'string' | 'boolean') => value === undefined || typeof value === type;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isRectangle(input: unknown): input is z.infer<typeof RestRectangleSchema> {
  return isRecord(input) && isNumber(input['x']) && isNumber(input['y']) && isNumber(input['width']) && isNumber(input['height']);
}

function isPaint(input: unknown): boolean {
  if (!isRecord(input) || typeof input['type'] !== 'string' || !isOptional(input['visible'], 'boolean')) return false;
  const color = input['color'];
  if (color === undefined) return true;
  return isRecord(color) && isNumber(color['r']) && isNumber(color['g']) && isNumber(color['b']) && (color['a'] === undefined || isNumber(color['a']));
}

/**
 * A node's own fields as RestNodeFieldsSchema reads them, checked by hand: zod took as long as JSON.parse itself
 * on a board of 50,000 stickies. Accepts only what the schema accepts (the schema stays the definition: anything
 * this check turns down is handed to it, for its verdict and its message). Other plugins' data passes as it is; a
 * node with our tags, which the schema copies into an object without a prototype, is left to the schema.
 */
function isRestNodeFields(input: unknown): input is RestNode {
  if (!isRecord(input)) return false;
  const { id, name, type, visible, characters, absoluteBoundingBox, fills, sharedPluginData } = input;
  if (typeof id !== 'string' || typeof type !== 'string' || !isOptional(name, 'string') || !isOptional(visible, 'boolean')) return false;
  if (!isOptional(characters, 'string')) return false;
  if (sharedPluginData !== undefined && !(isRecord(sharedPluginData) && sharedPluginData[TAG_NAMESPACE] === undefined)) return false;
  if (absoluteBoundingBox !== undefined && absoluteBoundingBox !== null && !isRectangle(absoluteBoundingBox)) return false;
  return fills === undefined || (Array.isArray(fills) && fills.every(isPaint));
}

/** The fields read, in one shape for every node; boxes, paints and other plugins' data shared with the input. */
function readRestNodeFields(input: unknown): RestNode | null {
  if (!isRestNodeFields(input)) return null;
  const { id, name, type, visible, characters, absoluteBoundingBox, fills, sharedPluginData } = input;
  return { id, name, type, visible, characters, absoluteBoundingBox, fills, sharedPluginData, children: undefined };
}

/**
 * Whether every node of the tree passes the hand-written check as it is, so the tree can be read in place: no
 * copy of tens of thousands of nodes for the garbage collector to move. A tree with our tags, or anything the
 * check turns down, is not, and is copied node by node below.
 */
function isReadableInPlace(input: unknown): boolean {
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRestNodeFields(node)) return false;
    const children = (node as { children?: unknown }).children;
    if (children === undefined) continue;
    if (!Array.isArray(children)) return false;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return true;
}

/**
 * A node and everything under it, checked node by node with an explicit stack rather than a recursive schema:
 * a file nested thousands of levels deep is read like any other, never with a stack overflow. Problems carry
 * their full path (`children[0].children[3].id`), as zod would give them.
 */
function parseRestNodeTree(input: unknown, context: z.core.ParsePayload<unknown>): RestNode | typeof z.NEVER {
  if (isReadableInPlace(input)) return input as RestNode;
  const stack: PendingNode[] = [{ input, parent: null, index: 0, into: null }];
  let root: RestNode | undefined;
  let valid = true;
  while (stack.length > 0) {
    const pending = stack.pop()!;
    let node = readRestNodeFields(pending.input);
    if (node === null) {
      const parsed = RestNodeFieldsSchema.safeParse(pending.input);
      if (!parsed.success) {
        const path = pathOf(pending);
        for (const issue of parsed.error.issues) context.issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodRawIssue);
        valid = false;
        continue;
      }
      node = parsed.data;
    }
    if (pending.into) pending.into[pending.index] = node;
    else root = node;
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
  return valid ? root! : z.NEVER;
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
