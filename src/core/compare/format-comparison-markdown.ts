import { escapeMarkdown, formatScore } from '../formats/format-markdown';
import type { ComparedNote, ComparedStage, JourneyComparison, KeptNote } from './journey-comparison-schema';
import { USER_MESSAGES } from '../shared/user-messages';

const TEXT = USER_MESSAGES.comparison;

/** One line, so a name cannot end a heading or a table cell early. */
function formatInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' '), '');
}

function formatComparedScore(score: number | null): string {
  return score === null ? '–' : formatScore(score);
}

function formatStageName(stage: ComparedStage): string {
  const name = formatInline(stage.name);
  if (stage.presence === 'before') return `${name} ${TEXT.onlyBefore}`;
  if (stage.presence === 'after') return `${name} ${TEXT.onlyAfter}`;
  return name;
}

function formatNote(note: ComparedNote, stage: ComparedStage, details: readonly string[] = []): string {
  const text = escapeMarkdown(note.text) || `_${USER_MESSAGES.emptyNote}_`;
  const parts = [formatInline(stage.name), ...details];
  if (note.tags !== undefined && note.tags.length > 0) parts.push(USER_MESSAGES.evidenceTags(note.tags.map((tag) => `\`${tag}\``).join(', ')));
  return `- ${text} (${parts.join('; ')})`;
}

function formatKept(note: KeptNote, stage: ComparedStage): string {
  const details = [TEXT.votesMoved(note.before.votes, note.votes)];
  if (note.before.text !== note.text) details.push(TEXT.wasText(formatInline(note.before.text)));
  return formatNote(note, stage, details);
}

function formatSection<T>(heading: string, stages: readonly ComparedStage[], pick: (stage: ComparedStage) => readonly T[], format: (item: T, stage: ComparedStage) => string): string {
  const items = stages.flatMap((stage) => pick(stage).map((item) => format(item, stage)));
  return [`## ${heading} (${items.length})`, '', ...(items.length === 0 ? [TEXT.none] : items)].join('\n');
}

/**
 * The comparison as a report: what changed in a sentence, a table of emotion and votes by stage, then the pain
 * points resolved, kept (with their votes before and after, and their earlier text when it was edited) and new,
 * and the opportunities added, each with its stage and evidence tags. Board text is escaped as in the journey report.
 */
export function formatComparisonMarkdown(comparison: JourneyComparison): string {
  const { painPoints } = comparison.summary;
  const table = [
    `| ${TEXT.columns.join(' | ')} |`,
    '|---|---:|---:|---:|---:|---:|',
    ...comparison.stages.map(
      (stage) =>
        `| ${formatStageName(stage)} | ${formatComparedScore(stage.emotion.before)} | ${formatComparedScore(stage.emotion.after)} | ${formatComparedScore(stage.emotion.delta)} | ${stage.votes.before} | ${stage.votes.after} |`,
    ),
  ];
  const blocks = [
    `# ${formatInline(TEXT.title(comparison.before.title, comparison.after.title))}`,
    TEXT.summary(painPoints.resolved, painPoints.kept, painPoints.added),
    [`## ${TEXT.emotionHeading}`, '', ...table].join('\n'),
    formatSection(TEXT.resolvedHeading, comparison.stages, (stage) => stage.painPoints.resolved, (note, stage) => formatNote(note, stage)),
    formatSection(TEXT.keptHeading, comparison.stages, (stage) => stage.painPoints.kept, formatKept),
    formatSection(TEXT.addedHeading, comparison.stages, (stage) => stage.painPoints.added, (note, stage) => formatNote(note, stage)),
    formatSection(TEXT.opportunitiesHeading, comparison.stages, (stage) => stage.opportunities.added, (note, stage) => formatNote(note, stage)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
