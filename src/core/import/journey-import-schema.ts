import { MAX_CELL_COLUMNS, MAX_GROWN_CELL_ROWS, MapStateSchema } from '../template/template-spec';
import * as z from 'zod/mini';
import { ChannelSchema, SCHEMA_VERSION, ScoreSourceSchema, UnplacedReasonSchema } from '../journey/journey-schema';
import { LETTER } from '../journey/score-emotion';
import { LaneKindSchema } from '../shared/lane-kinds';
import { ownKeyRecordSchema } from '../shared/own-key-record-schema';
import { USER_MESSAGES } from '../shared/user-messages';

/** A sticky note holds a thought, not a document; longer text is a mistake in the file, not a note. */
export const MAX_IMPORTED_NOTE_TEXT = 5000;
/** What a tag is written with on the board: letters of any script, digits, `-` and `_`, with at least one letter. */
const TAG_TEXT = new RegExp(`^[${LETTER}0-9_-]*[${LETTER}][${LETTER}0-9_-]*$`, 'u');

/** More notes than this would draw a board nobody can work on; split the journey instead. */
export const MAX_IMPORTED_NOTES = 10000;

/**
 * What an import accepts: a version-1 journey, from an export or written by hand. Only what the board can show is
 * required (titles, stages, lanes, note texts); what an export derives (summary, counts, emotion means, ids of notes)
 * may be left out, and extra fields are ignored.
 */
export const ImportedNoteSchema = z.object({
  id: z.optional(z.string()),
  text: z.string().check(z.maxLength(MAX_IMPORTED_NOTE_TEXT, USER_MESSAGES.importNoteTooLong(MAX_IMPORTED_NOTE_TEXT))),
  votes: z.optional(z.int().check(z.minimum(0))),
  stamps: z.optional(ownKeyRecordSchema(z.int().check(z.minimum(1)))),
  color: z.optional(z.string()),
  score: z.optional(z.number().check(z.minimum(-2), z.maximum(2))),
  scoreSource: z.optional(ScoreSourceSchema),
  reason: z.optional(UnplacedReasonSchema),
  /** Written into the note's text as a tag when the text does not name it already. */
  channel: z.optional(ChannelSchema),
  /** Written into the note's text as `#tags` when missing from it. */
  tags: z.optional(z.array(z.string().check(z.regex(TAG_TEXT, USER_MESSAGES.importBadTag)))),
  /** True puts the text in quote marks when it has none. */
  quote: z.optional(z.boolean()),
});
export type ImportedNote = z.infer<typeof ImportedNoteSchema>;

const NotesSchema = z.array(ImportedNoteSchema);

export const ImportedJourneySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string(),
  source: z.optional(z.object({ mapId: z.optional(z.string()), fileKey: z.optional(z.string()) })),
  persona: z.optional(
    z.nullable(
      z.object({
        name: z.string(),
        description: z.optional(z.string()),
        notes: z.optional(NotesSchema),
        role: z.optional(z.string()),
        /** Each slot of the persona card; a slot left out is empty. */
        slots: z.optional(
          z.object({
            goals: z.optional(NotesSchema),
            needs: z.optional(NotesSchema),
            frustrations: z.optional(NotesSchema),
            quote: z.optional(NotesSchema),
          }),
        ),
      }),
    ),
  ),
  lanes: z.array(z.object({ id: z.string(), name: z.string(), kind: LaneKindSchema })),
  stages: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.optional(z.string()), lanes: ownKeyRecordSchema(NotesSchema) }),
  ),
  unplaced: z.optional(NotesSchema),
  state: z.optional(MapStateSchema),
  scenario: z.optional(z.string()),
  team: z.optional(z.string()),
  date: z.optional(z.string()),
  /** The cells' size; without it an import sizes cells to its notes, and a re-import keeps the map's. */
  cellSize: z.optional(
    z.object({
      columns: z.int().check(z.minimum(1), z.maximum(MAX_CELL_COLUMNS)),
      rows: z.int().check(z.minimum(1), z.maximum(MAX_GROWN_CELL_ROWS)),
    }),
  ),
  /** Drawn into the map's parking lot. */
  parkingLot: z.optional(NotesSchema),
});
export type ImportedJourney = z.infer<typeof ImportedJourneySchema>;
