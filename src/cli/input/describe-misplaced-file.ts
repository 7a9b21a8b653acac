import { CLI_MESSAGES } from '../../core/shared/user-messages';

/** What a JSON file holds, told by its top level alone, so that a file of one kind that fails a check still reads as it. */
type JsonKind = 'journey' | 'comparison' | 'board' | 'other';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Figma REST file has a `document`, or is one when a tool saved the document alone; it is told first, as Figma
 * writes a `schemaVersion` too. A comparison has `kind`; a Journey Lanes journey (one, or the array `export`
 * writes for several maps) has `schemaVersion`.
 */
function recogniseJsonKind(json: unknown): JsonKind {
  if (Array.isArray(json)) return json.length > 0 && json.every((item) => recogniseJsonKind(item) === 'journey') ? 'journey' : 'other';
  if (!isRecord(json)) return 'other';
  if (isRecord(json['document']) || json['type'] === 'DOCUMENT') return 'board';
  if (json['kind'] === 'journey-comparison') return 'comparison';
  return 'schemaVersion' in json ? 'journey' : 'other';
}

/**
 * Why a file given where a board (or a journey) was expected is another Journey Lanes or Figma file, with what to do
 * with it instead; null when it is not recognised as one, so the caller names the first wrong field as before.
 */
export function describeMisplacedFile(json: unknown, source: string, expected: 'board' | 'journey'): string | null {
  const kind = recogniseJsonKind(json);
  if (kind === 'comparison') return CLI_MESSAGES.comparisonNotInput(source);
  if (expected === 'board' && kind === 'journey') return CLI_MESSAGES.journeyNotBoard(source);
  if (expected === 'journey' && kind === 'board') return CLI_MESSAGES.boardNotJourney(source);
  return null;
}
