import type { Journey, Note } from './journey-schema';
import { USER_MESSAGES } from './user-messages';
import { ownValue } from './own-value';

/**
 * Columns, one row per note. Notes in a cell carry their stage and lane names. Persona notes have an empty stage,
 * "Persona" as lane and `persona` as placement; unplaced notes have empty stage and lane and their reason
 * (`header-row`, `near-map`, ...) as placement; cell notes have `cell`, or `cell-ambiguous` when across a border.
 */
export const CSV_COLUMNS = ['stage', 'lane', 'text', 'score', 'votes', 'author', 'color', 'id', 'placement'] as const;

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

function formatRow(stage: string, lane: string, note: Note, placement: string): string {
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
  ].join(',');
}

/** One row per note of the journey, cells first (stage by stage, lane by lane), then persona, then unplaced. */
export function formatCsv(journey: Journey): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const stage of journey.stages) {
    for (const lane of journey.lanes) {
      for (const note of ownValue(stage.lanes, lane.id) ?? []) {
        rows.push(formatRow(stage.name, lane.name, note, note.ambiguous ? 'cell-ambiguous' : 'cell'));
      }
    }
  }
  for (const note of journey.persona?.notes ?? []) rows.push(formatRow('', USER_MESSAGES.csvPersonaLane, note, 'persona'));
  for (const note of journey.unplaced) rows.push(formatRow('', '', note, note.reason));
  return `${rows.join('\r\n')}\r\n`;
}
