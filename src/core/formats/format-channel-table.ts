import type { Journey } from '../journey/journey-schema';
import { CHANNELS } from '../journey/journey-schema';
import { escapeMarkdown } from './format-markdown';
import { USER_MESSAGES } from '../shared/user-messages';

/** A table cell holds one line, and `|` would end it: names are joined onto one line and escaped. */
function formatCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' '), '');
}

/**
 * Notes of each channel (rows, in the order of CHANNELS) in each stage (columns, in map order), from
 * `summary.channels`; empty cells are blank so the counts stand out. Null when no note has a channel.
 */
export function formatChannelTable(journey: Journey): string | null {
  const counts = journey.summary.channels ?? {};
  const channels = CHANNELS.filter((channel) => counts[channel] !== undefined);
  if (channels.length === 0) return null;
  const header = `| ${USER_MESSAGES.analyticsHeadings.channel} | ${journey.stages.map((stage) => formatCell(stage.name)).join(' | ')} |`;
  const rule = `|---|${journey.stages.map(() => '---:|').join('')}`;
  const rows = channels.map((channel) => {
    const byStage = counts[channel] ?? {};
    const cells = journey.stages.map((stage) => (Object.prototype.hasOwnProperty.call(byStage, stage.id) ? String(byStage[stage.id]) : ''));
    return `| ${USER_MESSAGES.channelNames[channel]} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
