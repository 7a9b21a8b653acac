import type { Journey, Note } from './journey-schema';
import { USER_MESSAGES } from './user-messages';

/**
 * Columns, one row per note. Notes in a cell carry their stage and lane names. Persona notes have an empty stage,
 * "Persona" as lane and `persona` as placement; unplaced notes have empty stage and lane and their reason
 * (`header-row`, `near-map`, ...) as placement; cell notes have `cell`, or `cell-ambiguous` when across a border.
 * Then, for sorting and joining in a spreadsheet or script: the stage's and lane's place in the map (1-based, left
 * to right and top to bottom) and their ids, empty outside a cell, and how the emotion score was found.
 * Columns are only ever appended, so scripts reading by position keep working.
 */
export const CSV_COLUMNS = [
  'stage',
  'lane',
  'text',
  'score',
  'votes',
  'author',
  'color',
  'id',
  'placement',
  'stage_index',
  'lane_index',
  'stage_id',
  'lane_id',
  'score_source',
] as const;

/**
 * Excel on Windows reads a CSV without a byte order mark in the system's ANSI code page, which garbles accents,
 * typographic quotes and emoji; with it, every spreadsheet we know reads UTF-8.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading single quote makes
 * it plain text. Leading spaces are looked through, since some spreadsheets trim them before deciding.
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, and quotes inside are doubled. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function textCell(text: string): string {
  return quoteCsvField(neutralizeFormula(text));
}

/** Numbers come from our own numeric fields, never from note text, so they are written as they are. */
function numberCell(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Where a row's note is in the grid; absent for persona and unplaced notes. */
interface CellPlace {
  stageIndex: number;
  laneIndex: number;
  stageId: string;
  laneId: string;
}

function formatRow(stage: string, lane: string, note: Note, placement: string, place?: CellPlace): string {
  return [
    textCell(stage),
    textCell(lane),
    textCell(note.text),
    numberCell(note.score),
    numberCell(note.votes),
    textCell(note.author ?? ''),
    textCell(note.color ?? ''),
    textCell(note.id),
    textCell(placement),
    numberCell(place === undefined ? undefined : place.stageIndex + 1),
    numberCell(place === undefined ? undefined : place.laneIndex + 1),
    textCell(place?.stageId ?? ''),
    textCell(place?.laneId ?? ''),
    textCell(note.scoreSource ?? ''),
  ].join(',');
}

/**
 * One row per note of the journey, cells first (stage by stage, lane by lane), then persona, then unplaced,
 * after a byte order mark and the header row.
 */
export function formatCsv(journey: Journey): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  journey.stages.forEach((stage, stageIndex) => {
    journey.lanes.forEach((lane, laneIndex) => {
      const place: CellPlace = { stageIndex, laneIndex, stageId: stage.id, laneId: lane.id };
      for (const note of stage.lanes[lane.id] ?? []) {
        rows.push(formatRow(stage.name, lane.name, note, note.ambiguous ? 'cell-ambiguous' : 'cell', place));
      }
    });
  });
  for (const note of journey.persona?.notes ?? []) rows.push(formatRow('', USER_MESSAGES.csvPersonaLane, note, 'persona'));
  for (const note of journey.unplaced) rows.push(formatRow('', '', note, note.reason));
  return `${CSV_BYTE_ORDER_MARK}${rows.join('\r\n')}\r\n`;
}
