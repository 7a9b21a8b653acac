import type { Journey, Note } from '../journey/journey-schema';
import { USER_MESSAGES } from '../shared/user-messages';
import { ownValue } from '../shared/own-value';
import { PERSONA_SLOTS } from '../template/persona-slots';

/**
 * Columns, one row per note. Notes in a cell carry their stage and lane names. Persona notes have an empty stage,
 * "Persona" as lane and `persona` as placement; notes in a persona slot "Persona: Goals" (Needs, Frustrations, Quote)
 * as lane and `persona:goals` (`persona:needs`, ...) as placement; parking-lot notes "Parking lot" as lane and
 * `parking-lot` as placement; unplaced notes have empty stage and lane and their reason
 * (`header-row`, `near-map`, ...) as placement; cell notes have `cell`, or `cell-ambiguous` when across a border.
 * Then, for sorting and joining in a spreadsheet or script: the stage's and lane's place in the map (1-based, left
 * to right and top to bottom) and their ids, empty outside a cell, and how the emotion score was found.
 * `channel` is the note's channel (`email`, `in-person`, ...), empty when it has none.
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
  'channel',
] as const;

/**
 * Excel on Windows reads a CSV without a byte order mark in the system's ANSI code page, which garbles accents,
 * typographic quotes and emoji; with it, every spreadsheet we know reads UTF-8.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** Characters a spreadsheet runs a cell as a formula from (CSV injection), once normalised; tab and CR included. */
const FORMULA_CHARACTERS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** Where a spreadsheet may start a new row, even inside a quoted field. */
const LINE_BREAK = /(\r\n|[\n\r\v\f\u0085\u2028\u2029])/;
/** What separates cells, or opens a quoted one, when a spreadsheet splits a field. */
const CELL_SEPARATORS = /([,;\t"]+)/;
/**
 * What a spreadsheet looks through before deciding: spaces (Unicode Zs), controls (Cc) and zero-width and other
 * format characters (Cf), as code point ranges since the sandbox's ES2017 has no \p{…} in patterns.
 */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x20],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x600, 0x605],
  [0x61c, 0x61c],
  [0x6dd, 0x6dd],
  [0x70f, 0x70f],
  [0x890, 0x891],
  [0x8e2, 0x8e2],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x202a, 0x202f],
  [0x205f, 0x2064],
  [0x2066, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
  [0x110bd, 0x110bd],
  [0x110cd, 0x110cd],
  [0x13430, 0x1343f],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0001, 0xe0001],
  [0xe0020, 0xe007f],
];

function isInvisible(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([first, last]) => code >= first && code <= last);
}

/**
 * A cell that is exactly a number, signed or not, with or without decimals ("-2", "+1", "0.5"): every spreadsheet
 * reads it as that number, never as a formula, so it is written as it is (an emotion note's "-2" stays -2).
 */
const PURE_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function startsFormula(line: string): boolean {
  if (PURE_NUMBER.test(line)) return false;
  for (const character of line) {
    if (FORMULA_CHARACTERS.has(character)) return true;
    if (isInvisible(character)) continue;
    // NFKC folds the disguises: full-width ＝ ＋ － ＠, small ﹦, and the like.
    return FORMULA_CHARACTERS.has(character.normalize('NFKC').charAt(0));
  }
  return false;
}

/**
 * Text a spreadsheet shows rather than runs: wherever a spreadsheet may start a cell, a first visible character
 * that could start a formula (after NFKC, looking through spaces, zero-width and control characters) gets a single
 * quote before it. A cell may start at the field's start, after a line break (LibreOffice Calc starts a row there
 * even inside quotes and reads on unquoted) and after a comma or semicolon (Calc with a semicolon separator splits
 * a quoted field whose closing quote a comma follows). A piece that is exactly a number is no formula and is left
 * as it is. Nothing else changes: scores have their own numeric column.
 */
export function neutralizeFormula(text: string): string {
  const guarded = text
    .split(LINE_BREAK)
    .map((part, index) => (index % 2 === 0 ? guardLine(part) : part))
    .join('');
  return !guarded.startsWith("'") && startsFormula(text) ? `'${guarded}` : guarded;
}

function guardLine(line: string): string {
  return line
    .split(CELL_SEPARATORS)
    .map((piece, index) => (index % 2 === 0 && startsFormula(piece) ? `'${piece}` : piece))
    .join('');
}

/**
 * RFC 4180 quoting, from a spreadsheet's point of view: a field holding a comma or a semicolon (the separator in
 * many locales), a quote, a tab or any line break is quoted, and quotes inside are doubled.
 */
export function quoteCsvField(field: string): string {
  return /[",;\t\r\n\v\f\u0085\u2028\u2029]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
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
    textCell(note.channel ?? ''),
  ].join(',');
}

/**
 * One row per note of the journey, cells first (stage by stage, lane by lane), then persona, then unplaced, then
 * the persona's slots and the parking lot,
 * after a byte order mark and the header row.
 */
export function formatCsv(journey: Journey): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  journey.stages.forEach((stage, stageIndex) => {
    journey.lanes.forEach((lane, laneIndex) => {
      const place: CellPlace = { stageIndex, laneIndex, stageId: stage.id, laneId: lane.id };
      for (const note of ownValue(stage.lanes, lane.id) ?? []) {
        rows.push(formatRow(stage.name, lane.name, note, note.ambiguous ? 'cell-ambiguous' : 'cell', place));
      }
    });
  });
  for (const note of journey.persona?.notes ?? []) rows.push(formatRow('', USER_MESSAGES.csvPersonaLane, note, 'persona'));
  for (const note of journey.unplaced) rows.push(formatRow('', '', note, note.reason));
  for (const slot of PERSONA_SLOTS) {
    for (const note of journey.persona?.slots?.[slot.id] ?? []) {
      rows.push(formatRow('', USER_MESSAGES.csvPersonaSlotLane(slot.name), note, `persona:${slot.id}`));
    }
  }
  for (const note of journey.parkingLot ?? []) rows.push(formatRow('', USER_MESSAGES.csvParkingLotLane, note, 'parking-lot'));
  return `${CSV_BYTE_ORDER_MARK}${rows.join('\r\n')}\r\n`;
}
