import { MAP_STATE_LABELS, formatTitleDetail } from '../template/compute-title-area';
import { formatChannelTable } from './format-channel-table';
import { formatMermaidBlock } from './format-mermaid-block';
import type { Journey, Note, PersonaSlots, RankedNote, UnplacedNote } from '../journey/journey-schema';
import { PERSONA_SLOTS } from '../template/persona-slots';
import { USER_MESSAGES } from '../shared/user-messages';
import { ownValue } from '../shared/own-value';
import { areVotesUnknown } from '../journey/are-votes-unknown';

/** How many ranked pain points the report lists; the JSON export has them all. */
export const REPORT_PAIN_POINT_LIMIT = 10;

/** How many voted pain points and opportunities the key findings name. */
export const REPORT_FINDINGS_LIMIT = 3;

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

/** A score with a sign when positive ("+1", "0", "-2"), as the emotion scale marks it. */
export function formatScore(score: number): string {
  return score > 0 ? `+${score}` : String(score);
}

/** Whether the note says nothing but its score ("-2", "+1", "−0.5"): then the score is not written a second time. */
function isOnlyScore(note: Note): boolean {
  const text = note.text.trim().replace(/^\u2212/, '-');
  return note.score !== undefined && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) && Number(text) === note.score;
}

function formatNoteItem(note: Note): string {
  const details: string[] = [];
  if (note.votes > 0) details.push(USER_MESSAGES.voteCount(note.votes));
  if (note.score !== undefined && !isOnlyScore(note)) details.push(formatScore(note.score));
  if (note.ambiguous === true) details.push(USER_MESSAGES.ambiguousNote);
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
  const reason = USER_MESSAGES.unplacedReasons[note.reason];
  if (note.from === undefined) return `${formatNoteItem(note)}: ${reason}`;
  const stage = note.from.stageName === undefined ? null : escapeMarkdown(note.from.stageName);
  const from = USER_MESSAGES.keptFrom(stage, escapeMarkdown(note.from.laneName));
  return `${formatNoteItem(note)}: ${reason}, ${from}`;
}

/** A ranked note's tags as code spans, so a researcher sees which interviews back it; tags hold no backtick. */
function formatEvidence(note: RankedNote): string {
  if (note.tags === undefined || note.tags.length === 0) return '';
  return `; ${USER_MESSAGES.evidenceTags(note.tags.map((tag) => `\`${tag}\``).join(', '))}`;
}

/** Notes a person voted for, most votes first; a note with no text says nothing, whatever its votes. */
function selectVoted(notes: readonly RankedNote[]): RankedNote[] {
  return notes.filter((note) => note.votes > 0 && note.text.trim() !== '');
}

function formatRankedItem(note: RankedNote, marker: string, stageNames: ReadonlyMap<string, string>): string {
  const stage = escapeMarkdown(stageNames.get(note.stageId) ?? note.stageId);
  return `${marker} ${formatNoteText(note.text)} (${USER_MESSAGES.voteCount(note.votes)}, ${stage}${formatEvidence(note)})`;
}

function formatStageScore(journey: Journey, stageId: string | null | undefined, describe: (stage: string, score: string) => string): string[] {
  const stage = journey.stages.find((candidate) => candidate.id === stageId);
  if (stage === undefined || stage.emotion.score === null) return [];
  return [`- ${describe(`**${escapeMarkdown(stage.name)}**`, formatScore(stage.emotion.score))}`];
}

/** `none` is left out when votes are unknown: the findings say once that they could not be counted. */
function formatRankedFinding(title: string, none: string | null, notes: readonly RankedNote[], stageNames: ReadonlyMap<string, string>): string[] {
  const voted = selectVoted(notes).slice(0, REPORT_FINDINGS_LIMIT);
  if (voted.length === 0) return none === null ? [] : [`- ${none}`];
  return [`- ${title}`, ...voted.map((note, index) => formatRankedItem(note, `  ${index + 1}.`, stageNames))];
}

/** Counts the summary may lack in a version-1 file written before it carried them. */
function countPainPointsByStage(journey: Journey): Record<string, number> {
  if (journey.summary.painPointsByStage !== undefined) return journey.summary.painPointsByStage;
  const painLanes = journey.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id);
  return Object.fromEntries(
    journey.stages.map((stage) => [stage.id, painLanes.reduce((sum, laneId) => sum + (stage.lanes[laneId]?.length ?? 0), 0)]),
  );
}

function countAmbiguous(journey: Journey): number {
  return journey.summary.ambiguousNotes ?? journey.stages.reduce((sum, stage) => sum + Object.values(stage.lanes).flat().filter((note) => note.ambiguous === true).length, 0);
}

/**
 * What the map shows, before the detail: where emotion is lowest and highest, what people voted for, where the
 * pain is, and what a person should check by hand (notes out of the grid, across borders, scored by height).
 */
function formatKeyFindings(journey: Journey, stageNames: ReadonlyMap<string, string>): string {
  const { summary } = journey;
  const lines = [`## ${USER_MESSAGES.reportHeadings.keyFindings}`, ''];
  // Lowest and highest compare stages: with one scored stage there is nothing to compare, so it is named as the only one.
  const scored = journey.stages.filter((stage) => stage.emotion.score !== null);
  const emotion =
    scored.length === 1
      ? formatStageScore(journey, scored[0]!.id, USER_MESSAGES.findingOnlyScoredStage)
      : [
          ...formatStageScore(journey, summary.lowestEmotionStage, USER_MESSAGES.findingLowestStage),
          ...(summary.highestEmotionStage === summary.lowestEmotionStage
            ? []
            : formatStageScore(journey, summary.highestEmotionStage, USER_MESSAGES.findingHighestStage)),
        ];
  lines.push(...(emotion.length > 0 ? emotion : [`- ${USER_MESSAGES.findingNoEmotionScores}`]));
  const votesUnknown = areVotesUnknown(journey);
  if (votesUnknown) lines.push(`- ${USER_MESSAGES.votesNotCounted}`);
  lines.push(
    ...formatRankedFinding(USER_MESSAGES.findingVotedPainPoints, votesUnknown ? null : USER_MESSAGES.findingNoVotedPainPoints, summary.painPointsByVotes, stageNames),
  );
  lines.push(
    ...formatRankedFinding(
      USER_MESSAGES.findingVotedOpportunities,
      votesUnknown ? null : USER_MESSAGES.findingNoVotedOpportunities,
      summary.opportunitiesByVotes,
      stageNames,
    ),
  );
  if (journey.lanes.some((lane) => lane.kind === 'painPoints')) {
    const perStage = countPainPointsByStage(journey);
    const counts = journey.stages.map((stage) => `${escapeMarkdown(stage.name)} ${perStage[stage.id] ?? 0}`);
    lines.push(`- ${USER_MESSAGES.findingPainPointsPerStage} ${counts.join(', ')}`);
  }
  lines.push(`- ${USER_MESSAGES.findingNotesToCheck(journey.unplaced.length, countAmbiguous(journey))}`);
  if ((summary.emptyNotes ?? 0) > 0) lines.push(`- ${USER_MESSAGES.findingEmptyNotes(summary.emptyNotes ?? 0)}`);
  if ((summary.scoredByPosition?.count ?? 0) > 0) lines.push(`- ${USER_MESSAGES.findingScoredByPosition(summary.scoredByPosition?.count ?? 0)}`);
  return lines.join('\n');
}

/** Each slot of the persona card under its own heading, in PERSONA_SLOTS order; nothing for a card without slots. */
function formatPersonaSlots(slots: PersonaSlots | undefined): string[] {
  if (!slots) return [];
  return PERSONA_SLOTS.flatMap((slot) => {
    const notes = slots[slot.id];
    return ['', `### ${slot.name}`, '', ...(notes.length === 0 ? [USER_MESSAGES.emptyPersonaSlot] : notes.map(formatNoteItem))];
  });
}

/** Most votes first; equal votes keep the order they have on the board (sort is stable). */
function sortByVotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => b.votes - a.votes);
}

/**
 * A report for people: title, key findings, persona, emotion curve, the journey diagram (a ```mermaid block),
 * channels by stage, a section per stage (notes by votes), the voted pain points with their evidence tags, unplaced
 * notes, and the parking lot on maps with one. Empty notes are counted in the findings, never listed.
 */
export function formatMarkdown(journey: Journey): string {
  const headings = USER_MESSAGES.reportHeadings;
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const blocks: string[] = [`# ${formatHeadingText(journey.title)}`];
  if (journey.state !== undefined) blocks.push(`*${MAP_STATE_LABELS[journey.state]}*`);
  const detail = formatTitleDetail(journey);
  if (detail !== '') blocks.push(escapeMarkdown(detail, ''));
  blocks.push(formatKeyFindings(journey, stageNames));

  if (journey.persona) {
    const persona = [`## ${headings.persona}`, '', `**${escapeMarkdown(journey.persona.name)}**`];
    const role = journey.persona.role?.trim() ?? '';
    if (role !== '') persona.push('', `*${escapeMarkdown(role, '')}*`);
    if (journey.persona.description.trim() !== '') persona.push('', escapeMarkdown(journey.persona.description, ''));
    if (journey.persona.notes.length > 0) persona.push('', ...journey.persona.notes.map(formatNoteItem));
    persona.push(...formatPersonaSlots(journey.persona.slots));
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
    if (stage.description !== undefined && stage.description.trim() !== '') lines.push('', `*${escapeMarkdown(stage.description, '')}*`);
    for (const lane of journey.lanes) {
      const notes = sortByVotes((ownValue(stage.lanes, lane.id) ?? []).filter((note) => note.text.trim() !== ''));
      if (notes.length === 0) continue;
      lines.push('', `### ${formatHeadingText(lane.name)}`, '', ...notes.map(formatNoteItem));
    }
    blocks.push(lines.join('\n'));
  }

  const painPoints = selectVoted(journey.summary.painPointsByVotes).slice(0, REPORT_PAIN_POINT_LIMIT);
  blocks.push(
    [
      `## ${headings.painPoints}`,
      '',
      ...(painPoints.length === 0
        ? [areVotesUnknown(journey) ? USER_MESSAGES.votesNotCounted : USER_MESSAGES.noVotedPainPoints]
        : painPoints.map((note, index) => formatRankedItem(note, `${index + 1}.`, stageNames))),
    ].join('\n'),
  );

  blocks.push(
    [
      `## ${headings.unplaced}`,
      '',
      ...(journey.unplaced.length === 0 ? [USER_MESSAGES.everyNotePlaced] : journey.unplaced.map(formatUnplacedItem)),
    ].join('\n'),
  );
  if (journey.parkingLot) {
    const parked = journey.parkingLot.length === 0 ? [USER_MESSAGES.nothingParked] : journey.parkingLot.map(formatNoteItem);
    blocks.push([`## ${headings.parkingLot}`, '', ...parked].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
