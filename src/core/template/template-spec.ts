// zod/mini rather than zod: the classic build adds about 450 KB to a bundle, mini about 18 KB.
import * as z from 'zod/mini';
import { LaneKindSchema } from '../shared/lane-kinds';
import { LETTER_CHARACTERS } from '../shared/letter-characters';

export const MAX_STAGES = 30;
export const MAX_LANES = 16;

/** Length limits of the spec's texts, so text read off a board or a file can be fitted to a valid spec. */
export const SPEC_TEXT_LIMITS = {
  name: 60,
  title: 120,
  personaName: 80,
  personaDescription: 500,
  personaRole: 80,
  stageDescription: 120,
  titleDetail: 120,
} as const;

/** Trimmed and cut to `limit`; `fallback` when nothing is left. */
export function fitSpecText(text: string, limit: number, fallback: string): string {
  const trimmed = text.trim().slice(0, limit).trim();
  return trimmed === '' ? fallback : trimmed;
}

/**
 * Ids are written into the board's plugin data and the export, so they stay short and plain: letters of any
 * script (a map in Japanese has stage ids like "予約"), digits, "-" and "_", starting with a letter.
 */
export const SPEC_ID_PATTERN = new RegExp(`^[${LETTER_CHARACTERS}][${LETTER_CHARACTERS}0-9_-]{0,39}$`);
export const MAX_SPEC_ID_LENGTH = 40;
const IdSchema = z.string().check(z.regex(SPEC_ID_PATTERN, 'Use 1 to 40 letters, digits, "-" or "_", starting with a letter'));

const NameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(SPEC_TEXT_LIMITS.name, `Keep it under ${SPEC_TEXT_LIMITS.name} characters`));

export const StageSpecSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  /** One line under the stage's header (timing, channel); exported as the stage's `description`. */
  description: z.optional(z.string().check(z.trim(), z.maxLength(SPEC_TEXT_LIMITS.stageDescription))),
});
export type StageSpec = z.infer<typeof StageSpecSchema>;

export const LaneSpecSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  kind: LaneKindSchema,
  /** Shown in the lane to tell participants what goes there; the lane preset's text when absent. */
  instruction: z.optional(z.string().check(z.maxLength(200))),
});
export type LaneSpec = z.infer<typeof LaneSpecSchema>;

export const PersonaSpecSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(SPEC_TEXT_LIMITS.personaName)),
  description: z._default(z.string().check(z.maxLength(SPEC_TEXT_LIMITS.personaDescription)), ''),
  /** A line under the name ("Frequent flyer, 34"); absent or empty draws none. */
  role: z.optional(z.string().check(z.maxLength(SPEC_TEXT_LIMITS.personaRole))),
});
export type PersonaSpec = z.infer<typeof PersonaSpecSchema>;

const TitleDetailSchema = z.string().check(z.trim(), z.maxLength(SPEC_TEXT_LIMITS.titleDetail));

/** Whether a map shows the journey as it is today or as it should become. */
export const MAP_STATES = ['current', 'future'] as const;
export const MapStateSchema = z.enum(MAP_STATES);
export type MapState = z.infer<typeof MapStateSchema>;

export const MAX_CELL_COLUMNS = 8;
export const MAX_CELL_ROWS = 6;
/**
 * An import grows its cells down to hold its fullest cell (an import takes at most 10,000 notes, 8 across), so no
 * note it draws lies outside its lane's band, where the export would place it by where it lies.
 */
export const MAX_GROWN_CELL_ROWS = 1250;

export const TemplateOptionsSchema = z.object({
  /** A cell holds this many default 240 × 240 notes across and down. */
  cellColumns: z._default(z.int().check(z.minimum(1), z.maximum(MAX_CELL_COLUMNS)), 3),
  cellRows: z._default(z.int().check(z.minimum(1), z.maximum(MAX_GROWN_CELL_ROWS)), 2),
  showInstructions: z._default(z.boolean(), true),
  /**
   * The legend and the "How to use this board" panel beside the map. Absent means off, so a map drawn before they
   * existed keeps its shape when tidied; the Create tab sends true for a new map.
   */
  showLegend: z.optional(z.boolean()),
  showHowTo: z.optional(z.boolean()),
  /**
   * The persona card with a bold name, initials and the Goals, Needs, Frustrations and Quote slots. Absent means
   * off, so a map drawn before slots existed keeps its plain card until its spec asks for them; new maps ask.
   */
  personaSlots: z.optional(z.boolean()),
  /** A "Parking lot" section beside the grid for notes that fit no cell. Absent means off, as personaSlots. */
  parkingLot: z.optional(z.boolean()),
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
    title: z.string().check(z.trim(), z.minLength(1, 'Must not be empty'), z.maxLength(SPEC_TEXT_LIMITS.title)),
    persona: PersonaSpecSchema,
    stages: z
      .array(StageSpecSchema)
      .check(z.minLength(1, 'Add at least one stage'), z.maxLength(MAX_STAGES, `Use at most ${MAX_STAGES} stages`)),
    lanes: z
      .array(LaneSpecSchema)
      .check(z.minLength(1, 'Add at least one lane'), z.maxLength(MAX_LANES, `Use at most ${MAX_LANES} lanes`)),
    options: z._default(TemplateOptionsSchema, () => ({ cellColumns: 3, cellRows: 2, showInstructions: true })),
    /** The title area's line under the title: what is mapped, by whom, when. Each optional. */
    scenario: z.optional(TitleDetailSchema),
    team: z.optional(TitleDetailSchema),
    date: z.optional(TitleDetailSchema),
    /** Shown as a badge under the title and exported as `state`; Duplicate as future state sets "future". */
    state: z.optional(MapStateSchema),
  })
  .check(
    z.superRefine((spec, context) => {
      const stageDuplicate = findDuplicateIndex(spec.stages.map((stage) => stage.id));
      if (stageDuplicate >= 0) {
        context.addIssue({ code: 'custom', path: ['stages', stageDuplicate, 'id'], message: 'Stage ids must be unique' });
      }
      const laneDuplicate = findDuplicateIndex(spec.lanes.map((lane) => lane.id));
      if (laneDuplicate >= 0) {
        context.addIssue({ code: 'custom', path: ['lanes', laneDuplicate, 'id'], message: 'Lane ids must be unique' });
      }
    }),
  );

/** A spec as drawn: every default filled in. */
export type TemplateSpec = z.infer<typeof TemplateSpecSchema>;
/** A spec as a caller may send it: options and the persona description may be left out. */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;
