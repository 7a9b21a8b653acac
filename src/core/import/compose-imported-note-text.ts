import { detectChannel } from '../journey/detect-channel';
import { isQuotedSpeech } from '../journey/is-quoted-speech';
import type { Channel } from '../journey/journey-schema';
import { parseNoteTags } from '../journey/parse-note-tags';

export interface NoteMarkers {
  text: string;
  channel?: Channel | undefined;
  tags?: readonly string[] | undefined;
  quote?: boolean | undefined;
}

/**
 * The text an imported note is drawn with. Channels, tags and quotes live in a note's text on the board, so a
 * journey's `channel`, `tags` and `quote` that the text does not already say are written into it: missing tags
 * and a channel the text does not name are appended as tags, and a quote is put in quote marks. An export's own
 * notes say all of it already and come back unchanged, so a round trip keeps the text as it was.
 */
export function composeImportedNoteText(note: NoteMarkers, inTouchpointLane: boolean): string {
  let text = note.text;
  if (note.quote === true && !isQuotedSpeech(text)) text = `“${text.trim()}”`;
  const present = new Set(parseNoteTags(text));
  const missing = (note.tags ?? []).filter((tag) => !present.has(tag));
  if (note.channel !== undefined && detectChannel(text, inTouchpointLane) !== note.channel && !missing.includes(note.channel)) {
    missing.push(note.channel);
  }
  if (missing.length === 0) return text;
  return `${text.trimEnd()}${text.trim() === '' ? '' : ' '}${missing.map((tag) => `#${tag}`).join(' ')}`;
}
