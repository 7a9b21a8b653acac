import * as z from 'zod/mini';
import { LaneKindSchema } from '../shared/lane-kinds';

/**
 * The version-1 export. Outside tools read these paths, so fields are only ever added, never renamed or removed.
 * `schema/journey-v1.schema.json` is generated from this file and checked by a test.
 */
export const SCHEMA_VERSION = 1;

export const SCORE_SOURCES = ['number', 'emoji', 'word', 'position'] as const;
export const ScoreSourceSchema = z.enum(SCORE_SOURCES);
export type ScoreSource = z.infer<typeof ScoreSourceSchema>;

/**
 * Where a touchpoint meets the customer. Read from a note's words, brands and emoji in a touchpoints lane, or from
 * a tag naming one (`#email`) on any note; see detectChannel.
 */
export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'phone',
  'chat',
  'social',
  'ads',
  'letter',
  'in-person',
  'self-service',
  'word-of-mouth',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const UNPLACED_REASONS = [
  /** In the map's header row, above the lanes. */
  'header-row',
  /** In the lane label column, left of the stages. */
  'label-column',
  /** Inside the map but in no lane and no stage column. */
  'outside-grid',
  /** In a lane but left or right of every stage column. */
  'outside-stages',
  /** Not in the map, but close enough to it to have been meant for it. */
  'near-map',
  /** A sticky Figma gave no bounding box (the REST API's `absoluteBoundingBox: null`): it has no place to read. */
  'no-bounds',
] as const;
export const UnplacedReasonSchema = z.enum(UNPLACED_REASONS);
export type UnplacedReason = z.infer<typeof UnplacedReasonSchema>;

export const NoteSchema = z.object({
  /** The sticky's node id on the board. */
  id: z.string(),
  text: z.string(),
  /** Stamps stuck to the note that vote for it (all but thumbs down, -1 and ?), plus votes an import recorded on it. */
  votes: z.int().check(z.minimum(0)),
  /** Stamps by name, e.g. { "+1": 2, "heart": 1 }; absent when there are none. */
  stamps: z.optional(z.record(z.string(), z.int().check(z.minimum(1)))),
  author: z.optional(z.string()),
  /** Nearest FigJam palette colour name. */
  color: z.optional(z.string()),
  /** Emotion notes only: -2 (very negative) to +2 (very positive). */
  score: z.optional(z.number().check(z.minimum(-2), z.maximum(2))),
  scoreSource: z.optional(ScoreSourceSchema),
  /** The note lies across a lane or stage border; it was put in the cell it overlaps most. */
  ambiguous: z.optional(z.boolean()),
  /** The channel the note names; absent when none fits. */
  channel: z.optional(ChannelSchema),
  /** Its `#tags` (evidence such as `P3`, `interview-4`), without `#`, as written, in order; absent when none. */
  tags: z.optional(z.array(z.string())),
  /** The note quotes what someone said (“…”, "…", «…»); absent otherwise. */
  quote: z.optional(z.literal(true)),
});
export type Note = z.infer<typeof NoteSchema>;

/** Where a note kept beside the map was before its stage or lane was removed from the map. */
export const NoteOriginSchema = z.object({
  /** Absent for a note that lay in the removed lane but in no stage column. */
  stageId: z.optional(z.string()),
  stageName: z.optional(z.string()),
  laneId: z.string(),
  laneName: z.string(),
});
export type NoteOrigin = z.infer<typeof NoteOriginSchema>;

export const UnplacedNoteSchema = z.extend(NoteSchema, {
  reason: UnplacedReasonSchema,
  /** Set on notes the map's edit kept beside it when their stage or lane was removed. */
  from: z.optional(NoteOriginSchema),
});
export type UnplacedNote = z.infer<typeof UnplacedNoteSchema>;

export const LaneSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: LaneKindSchema,
  /** Inferred grids: the node that labels the lane (a sticky serving as a label is exported here, not as a note). */
  labelNodeId: z.optional(z.string()),
});
export type Lane = z.infer<typeof LaneSchema>;

export const StageSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Inferred grids: the node that heads the stage (a sticky serving as a header is exported here, not as a note). */
  labelNodeId: z.optional(z.string()),
  /** The one line drawn under the stage's header (timing, channel), when the map's spec has one. */
  description: z.optional(z.string()),
  /** Mean of the stage's emotion scores, null when it has none. */
  emotion: z.object({ score: z.nullable(z.number().check(z.minimum(-2), z.maximum(2))), count: z.int().check(z.minimum(0)) }),
  /** Every lane id of `lanes`, in the same order, each with its notes in reading order. */
  lanes: z.record(z.string(), z.array(NoteSchema)),
});
export type Stage = z.infer<typeof StageSchema>;

/** The notes in each slot of the persona card, in reading order; every slot listed, empty ones as []. */
export const PersonaSlotsSchema = z.object({
  goals: z.array(NoteSchema),
  needs: z.array(NoteSchema),
  frustrations: z.array(NoteSchema),
  quote: z.array(NoteSchema),
});
export type PersonaSlots = z.infer<typeof PersonaSlotsSchema>;

export const PersonaSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** Notes on the persona card outside its slots. */
  notes: z.array(NoteSchema),
  /** The line under the name, on cards drawn with one; absent otherwise. */
  role: z.optional(z.string()),
  /** Maps whose persona card has slots (Goals, Needs, Frustrations, Quote); absent on maps drawn without. */
  slots: z.optional(PersonaSlotsSchema),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const RankedNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  votes: z.int().check(z.minimum(0)),
  stageId: z.string(),
  /** The note's `#tags`, so a ranked pain point names the research behind it; absent when none. */
  tags: z.optional(z.array(z.string())),
});
export type RankedNote = z.infer<typeof RankedNoteSchema>;

export const SummarySchema = z.object({
  counts: z.object({
    notes: z.int().check(z.minimum(0)),
    placed: z.int().check(z.minimum(0)),
    unplaced: z.int().check(z.minimum(0)),
    /** Notes on the persona card, its slots' notes included. */
    persona: z.int().check(z.minimum(0)),
    byLane: z.record(z.string(), z.int().check(z.minimum(0))),
    byStage: z.record(z.string(), z.int().check(z.minimum(0))),
    /** Notes in the parking lot; absent on maps drawn without one. `notes` counts them too. */
    parkingLot: z.optional(z.int().check(z.minimum(0))),
  }),
  /** The stage with the lowest mean emotion, null when no stage has a score. */
  lowestEmotionStage: z.nullable(z.string()),
  /** Notes of pain-point lanes, most votes first. */
  painPointsByVotes: z.array(RankedNoteSchema),
  /** Notes of opportunity lanes, most votes first. */
  opportunitiesByVotes: z.array(RankedNoteSchema),
  /**
   * Notes of each channel in each stage: { "email": { "purchase": 2 } }. Only channels and stages with notes.
   * Absent in exports made before channels were read.
   */
  channels: z.optional(z.partialRecord(ChannelSchema, z.record(z.string(), z.int().check(z.minimum(1))))),
  /** Notes carrying each tag, over the whole map, most first. Absent in exports made before tags were read. */
  tags: z.optional(z.record(z.string(), z.int().check(z.minimum(1)))),
  /*
   * Added in version 1 later; optional so that earlier version-1 files stay valid. Every export writes them.
   */
  /** The stage with the highest mean emotion, null when no stage has a score. */
  highestEmotionStage: z.optional(z.nullable(z.string())),
  /** Pain-point notes in each stage, by stage id, every stage listed. */
  painPointsByStage: z.optional(z.record(z.string(), z.int().check(z.minimum(0)))),
  /** Notes in a cell that lie across a lane or stage border (`ambiguous`). */
  ambiguousNotes: z.optional(z.int().check(z.minimum(0))),
  /** Stickies of the map with no text: counted here, listed nowhere, and not in `counts`. */
  emptyNotes: z.optional(z.int().check(z.minimum(0))),
  /** Emotion notes whose score came from their height alone (`scoreSource: "position"`), to check by hand. */
  scoredByPosition: z.optional(z.object({ count: z.int().check(z.minimum(0)), noteIds: z.array(z.string()) })),
});
export type Summary = z.infer<typeof SummarySchema>;

export const SourceSchema = z.object({
  editor: z.literal('figjam'),
  page: z.string(),
  mapId: z.string(),
  pluginVersion: z.string(),
  /** 'plugin' when exported in FigJam, 'rest' when read from a REST file by the command line. */
  via: z.optional(z.enum(['plugin', 'rest'])),
  fileKey: z.optional(z.string()),
  /** 'tagged' for a map Journey Lanes drew, 'inferred' for a grid recognised on the board. */
  mapKind: z.optional(z.enum(['tagged', 'inferred'])),
  /**
   * REST reads only: false when the file holds no stamp at all. Stamps are not in Figma's published REST schema,
   * so then a note's `votes` count only votes an import recorded, and 0 means "not known" rather than "no votes".
   */
  stampsFound: z.optional(z.boolean()),
});

export const JourneySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string(),
  /** Whether the map shows the journey as it is ("current") or as it should become ("future"), when it says. */
  state: z.optional(z.enum(['current', 'future'])),
  /** What the map is of ("Buying a winter jacket online"), when its title area says. */
  scenario: z.optional(z.string()),
  /** Who mapped it, when its title area says. */
  team: z.optional(z.string()),
  /** When it was mapped, as written on the map ("March 2026"), when its title area says. */
  date: z.optional(z.string()),
  /**
   * How many default notes a cell of the map holds across and down, on maps Journey Lanes drew; absent for a grid
   * recognised on the board. An import draws its cells this size, grown down where a cell has more notes.
   */
  cellSize: z.optional(z.object({ columns: z.int().check(z.minimum(1)), rows: z.int().check(z.minimum(1)) })),
  exportedAt: z.string(),
  source: SourceSchema,
  persona: z.nullable(PersonaSchema),
  lanes: z.array(LaneSchema),
  stages: z.array(StageSchema),
  unplaced: z.array(UnplacedNoteSchema),
  summary: SummarySchema,
  /** Notes in the map's parking lot, in reading order: set aside on purpose, so not `unplaced`. Absent on maps without one. */
  parkingLot: z.optional(z.array(NoteSchema)),
});
export type Journey = z.infer<typeof JourneySchema>;

/** `mermaid` is a Mermaid journey diagram of the map, for pages that draw one (GitHub, GitLab, Notion, Obsidian). */
export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'mermaid'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
