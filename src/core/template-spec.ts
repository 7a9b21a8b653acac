import { z } from 'zod';
import { LaneKindSchema } from './lane-kinds';

export const MAX_STAGES = 30;
export const MAX_LANES = 16;

/** Ids are written into the board's plugin data and the export, so they stay short and plain. */
const IdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'Use 1 to 40 letters, digits, "-" or "_", starting with a letter');

const NameSchema = z.string().trim().min(1, 'Must not be empty').max(60, 'Keep it under 60 characters');

export const StageSpecSchema = z.object({
  id: IdSchema,
  name: NameSchema,
});
export type StageSpec = z.infer<typeof StageSpecSchema>;

export const LaneSpecSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  kind: LaneKindSchema,
  /** Shown in the lane to tell participants what goes there; the lane preset's text when absent. */
  instruction: z.string().max(200).optional(),
});
export type LaneSpec = z.infer<typeof LaneSpecSchema>;

export const PersonaSpecSchema = z.object({
  name: z.string().trim().min(1, 'Must not be empty').max(80),
  description: z.string().max(500).default(''),
});
export type PersonaSpec = z.infer<typeof PersonaSpecSchema>;

export const TemplateOptionsSchema = z.object({
  /** A cell holds this many default 240 × 240 notes across and down. */
  cellColumns: z.number().int().min(1).max(8).default(3),
  cellRows: z.number().int().min(1).max(6).default(2),
  showInstructions: z.boolean().default(true),
});
export type TemplateOptions = z.infer<typeof TemplateOptionsSchema>;

function findDuplicateIndex(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}

export const TemplateSpecSchema = z
  .object({
    title: z.string().trim().min(1, 'Must not be empty').max(120),
    persona: PersonaSpecSchema,
    stages: z
      .array(StageSpecSchema)
      .min(1, 'Add at least one stage')
      .max(MAX_STAGES, `Use at most ${MAX_STAGES} stages`),
    lanes: z.array(LaneSpecSchema).min(1, 'Add at least one lane').max(MAX_LANES, `Use at most ${MAX_LANES} lanes`),
    options: TemplateOptionsSchema.default(TemplateOptionsSchema.parse({})),
  })
  .superRefine((spec, context) => {
    const stageDuplicate = findDuplicateIndex(spec.stages.map((stage) => stage.id));
    if (stageDuplicate >= 0) {
      context.addIssue({ code: 'custom', path: ['stages', stageDuplicate, 'id'], message: 'Stage ids must be unique' });
    }
    const laneDuplicate = findDuplicateIndex(spec.lanes.map((lane) => lane.id));
    if (laneDuplicate >= 0) {
      context.addIssue({ code: 'custom', path: ['lanes', laneDuplicate, 'id'], message: 'Lane ids must be unique' });
    }
  });

/** A spec as drawn: every default filled in. */
export type TemplateSpec = z.infer<typeof TemplateSpecSchema>;
/** A spec as a caller may send it: options and the persona description may be left out. */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;
