import * as z from 'zod/mini';
import { SourceSchema } from '../journey/journey-schema';

/**
 * The comparison of two journeys, typically a current-state map and its future-state copy. Like the journey export
 * it is a versioned contract: fields are only ever added. `schema/journey-comparison-v1.schema.json` is generated
 * from this file and checked by a test.
 */
export const COMPARISON_SCHEMA_VERSION = 1;

export const ComparedNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  votes: z.int().check(z.minimum(0)),
  /** The stage the note is in: in the first journey for resolved notes, in the second for kept and added ones. */
  stageId: z.string(),
  tags: z.optional(z.array(z.string())),
});
export type ComparedNote = z.infer<typeof ComparedNoteSchema>;

/** A pain point in both journeys: as it is in the second, with what it was in the first. */
export const KeptNoteSchema = z.extend(ComparedNoteSchema, { before: ComparedNoteSchema });
export type KeptNote = z.infer<typeof KeptNoteSchema>;

const Score = z.nullable(z.number().check(z.minimum(-2), z.maximum(2)));

export const ComparedStageSchema = z.object({
  /** The stage's id in the second journey, or in the first when only the first has it. */
  id: z.string(),
  name: z.string(),
  /** `both` when matched (by id, then by name), else the one journey that has the stage. */
  presence: z.enum(['both', 'before', 'after']),
  /** Mean emotion scores; `delta` is after minus before, null unless both have a score. */
  emotion: z.object({ before: Score, after: Score, delta: z.nullable(z.number()) }),
  painPoints: z.object({
    /** In the first journey and not in the second. */
    resolved: z.array(ComparedNoteSchema),
    /** In both, matched by text tolerant of small edits. */
    kept: z.array(KeptNoteSchema),
    /** In the second journey only. */
    added: z.array(ComparedNoteSchema),
  }),
  opportunities: z.object({ added: z.array(ComparedNoteSchema) }),
  /** Votes on every note of the stage, so a reader sees where attention moved. */
  votes: z.object({ before: z.int().check(z.minimum(0)), after: z.int().check(z.minimum(0)), delta: z.int() }),
});
export type ComparedStage = z.infer<typeof ComparedStageSchema>;

const JourneyReferenceSchema = z.object({ title: z.string(), source: SourceSchema });

export const JourneyComparisonSchema = z.object({
  schemaVersion: z.literal(COMPARISON_SCHEMA_VERSION),
  kind: z.literal('journey-comparison'),
  before: JourneyReferenceSchema,
  after: JourneyReferenceSchema,
  /** The second journey's stages in its order, then stages only the first journey has, in its order. */
  stages: z.array(ComparedStageSchema),
  summary: z.object({
    painPoints: z.object({
      resolved: z.int().check(z.minimum(0)),
      kept: z.int().check(z.minimum(0)),
      added: z.int().check(z.minimum(0)),
    }),
    opportunitiesAdded: z.int().check(z.minimum(0)),
    /** Mean of the stage scores of each journey; delta after minus before, null unless both have one. */
    emotion: z.object({ before: Score, after: Score, delta: z.nullable(z.number()) }),
  }),
});
export type JourneyComparison = z.infer<typeof JourneyComparisonSchema>;

export const COMPARISON_FORMATS = ['json', 'markdown'] as const;
export const ComparisonFormatSchema = z.enum(COMPARISON_FORMATS);
export type ComparisonFormat = z.infer<typeof ComparisonFormatSchema>;
