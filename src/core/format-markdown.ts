import { formatChannelTable } from './format-channel-table';
import { formatMermaidBlock } from './format-mermaid-block';
import type { Journey, Note, RankedNote, UnplacedNote } from './journey-schema';
import { USER_MESSAGES } from './user-messages';
import { ownValue } from './own-value';

/** How many ranked pain points the report lists; the JSON export has them all. */
export const REPORT_PAIN_POINT_LIMIT = 10;

/**
 * Characters with a meaning anywhere in a line (CommonMark, GitHub's tables, strikethrough and math): emphasis,
 * code, links, HTML, entities, table pipes, headings' closing hashes, "$" math.
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$#]/g;

/** What starts a block only at the start of a line: list items ("-", "+", "1.", "1)") and setext underlines ("="). */
const LINE_START_MARKUP = /^(?:[-+=]|\d+[.)])/;

/**
 * Board text as inert Markdown that stays readable: the characters that make markup anywhere are
 * backslash-escaped everywhere, those that make markup only at a line start are escaped there, and ordinary
 * punctuation (".", ",", "?", "!", ":", "-" inside a line) is left alone ("!" makes an image only before "[",
 * which is escaped). Lines are trimmed, so none is indented into code, and joined by hard breaks inside the same
 * list item, so a note can neither start a heading or list nor end the item it is in.
 */
export function escapeMarkdown(text: string, indent = '  '): string {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(INLINE_MARKUP, '\\$&').replace(LINE_START_MARKUP, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`));
  return lines.join(`\\\n${indent}`);
}

/** A heading ends at its line break, so a name written on two lines is joined into one. */
function formatHeadingText(text: string): string {
  return escapeMarkdown(text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' '), '');
}

function formatNoteText(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? `_${USER_MESSAGES.emptyNote}_` : escaped;
}

function formatScore(score: number): string {
  return score > 0 ? `+${score}` : String(score);
}

function formatNoteItem(note: Note): string {
  const details: string[] = [];
  if (note.votes > 0) details.push(USER_MESSAGES.voteCount(note.votes));
  if (note.score !== undefined) details.push(formatScore(note.score));
  return `- ${formatNoteText(note.text)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** A bar from -2 to +2 in half steps, the mark where the score lies: a curve you can read in plain text. */
function formatEmotionBar(score: number): string {
  const position = Math.round((score + 2) * 2);
  return Array.from({ length: 9 }, (_, index) => (index === position ? '●' : '─')).join('');
}

function formatEmotionLine(name: string, emotion: { score: number | null; count: number }): string {
  if (emotion.score === null) return `- ${escapeMarkdown(name)}: ${USER_MESSAGES.noEmotionScore}`;
  const bar = formatEmotionBar(emotion.score);
  return `- ${escapeMarkdown(name)}: \`${bar}\` ${formatScore(emotion.score)} ${USER_MESSAGES.emotionNotes(emotion.count)}`;
}

function formatUnplacedItem(note: UnplacedNote): string {
  return `${formatNoteItem(note)}: ${USER_MESSAGES.unplacedReasons[note.reason]}`;
}

/** A ranked note's tags as code spans, so a researcher sees which interviews back it; tags hold no backtick. */
function formatEvidence(note: RankedNote): string {
  if (note.tags === undefined || note.tags.length === 0) return '';
  return `; ${USER_MESSAGES.evidenceTags(note.tags.map((tag) => `\`${tag}\``).join(', '))}`;
}

/**
 * A report for people: title, persona, emotion curve, the journey diagram (a ```mermaid block), channels by stage, a
 * section per stage, the top pain points with their evidence tags, unplaced notes.
 */
export function formatMarkdown(journey: Journey): string {
  const headings = USER_MESSAGES.reportHeadings;
  const blocks: string[] = [`# ${formatHeadingText(journey.title)}`];

  if (journey.persona) {
    const persona = [`## ${headings.persona}`, '', `**${escapeMarkdown(journey.persona.name)}**`];
    if (journey.persona.description.trim() !== '') persona.push('', escapeMarkdown(journey.persona.description, ''));
    if (journey.persona.notes.length > 0) persona.push('', ...journey.persona.notes.map(formatNoteItem));
    blocks.push(persona.join('\n'));
  }

  const hasScores = journey.stages.some((stage) => stage.emotion.score !== null);
  blocks.push(
    [
      `## ${headings.emotionCurve}`,
      '',
      ...(hasScores ? journey.stages.map((stage) => formatEmotionLine(stage.name, stage.emotion)) : [USER_MESSAGES.noEmotionScores]),
    ].join('\n'),
  );

  const diagram = formatMermaidBlock(journey);
  if (diagram !== null) blocks.push([`## ${USER_MESSAGES.analyticsHeadings.journeyDiagram}`, '', diagram].join('\n'));
  const channelTable = formatChannelTable(journey);
  if (channelTable !== null) blocks.push([`## ${USER_MESSAGES.analyticsHeadings.channels}`, '', channelTable].join('\n'));

  for (const stage of journey.stages) {
    const lines = [`## ${formatHeadingText(stage.name)}`];
    for (const lane of journey.lanes) {
      const notes = ownValue(stage.lanes, lane.id) ?? [];
      if (notes.length === 0) continue;
      lines.push('', `### ${formatHeadingText(lane.name)}`, '', ...notes.map(formatNoteItem));
    }
    blocks.push(lines.join('\n'));
  }

  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const painPoints = journey.summary.painPointsByVotes.slice(0, REPORT_PAIN_POINT_LIMIT);
  blocks.push(
    [
      `## ${headings.painPoints}`,
      '',
      ...(painPoints.length === 0
        ? [USER_MESSAGES.noPainPoints]
        : painPoints.map(
            (note, index) =>
              `${index + 1}. ${formatNoteText(note.text)} (${USER_MESSAGES.voteCount(note.votes)}, ${escapeMarkdown(stageNames.get(note.stageId) ?? note.stageId)}${formatEvidence(note)})`,
          )),
    ].join('\n'),
  );

  blocks.push(
    [
      `## ${headings.unplaced}`,
      '',
      ...(journey.unplaced.length === 0 ? [USER_MESSAGES.everyNotePlaced] : journey.unplaced.map(formatUnplacedItem)),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
