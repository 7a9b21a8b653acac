import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/core/formats/format-markdown';
import { formatMermaid } from '../../../src/core/formats/format-mermaid';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { createJourneyFixture } from '../journey-fixture';
import { parseMermaidJourney } from './parse-mermaid-journey';

function withActions() {
  const fixture = createJourneyFixture({
    cell: [
      { id: 'p1', text: 'Fees shown late #P3 #interview-4', votes: 3, tags: ['P3', 'interview-4'] },
      { id: 'p2', text: 'Slow | very slow', votes: 1 },
    ],
  });
  return {
    ...fixture,
    lanes: [...fixture.lanes, { id: 'actions', name: 'Customer actions', kind: 'actions' as const }],
    stages: fixture.stages.map((stage, index) => ({
      ...stage,
      name: index === 0 ? 'Pur|chase' : stage.name,
      lanes: { ...stage.lanes, actions: index === 0 ? [{ id: 'a1', text: 'Pays with ```code``` card', votes: 0 }] : [] },
    })),
    summary: {
      ...fixture.summary,
      painPointsByVotes: fixture.summary.painPointsByVotes.map((note) => (note.id === 'p1' ? { ...note, tags: ['P3', 'interview-4'] } : note)),
      channels: { email: { purchase: 2, retention: 1 }, web: { retention: 4 } },
    },
  };
}

describe('formatMarkdown: channels, evidence and the journey diagram', () => {
  const journey = withActions();
  const markdown = formatMarkdown(journey);
  const lines = markdown.split('\n');

  it('embeds the journey diagram in a mermaid block that Mermaid\'s grammar reads as the map', () => {
    const start = lines.findIndex((line) => /^`{3,}mermaid$/.test(line));
    expect(start).toBeGreaterThan(lines.indexOf(`## ${USER_MESSAGES.analyticsHeadings.journeyDiagram}`));
    const fence = lines[start]!.replace('mermaid', '');
    expect(fence.length).toBeGreaterThan(3);
    const end = lines.indexOf(fence, start + 1);
    const block = `${lines.slice(start + 1, end).join('\n')}\n`;
    expect(block).toBe(formatMermaid(journey));
    expect(parseMermaidJourney(block).sections.map((section) => section.tasks.map((task) => task.task))).toEqual([
      ['Pays with ```code``` card'],
      [],
    ]);
  });

  it('has a channels-by-stage table, rows in channel order, blank where a stage has none', () => {
    const heading = lines.indexOf(`## ${USER_MESSAGES.analyticsHeadings.channels}`);
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 2, heading + 6)).toEqual([
      `| ${USER_MESSAGES.analyticsHeadings.channel} | Pur\\|chase | Retention |`,
      '|---|---:|---:|',
      '| Web |  | 4 |',
      '| Email | 2 | 1 |',
    ]);
  });

  it('names the evidence behind each top pain point', () => {
    expect(markdown).toContain(`1. Fees shown late \\#P3 \\#interview-4 (3 votes, Pur\\|chase; ${USER_MESSAGES.evidenceTags('`P3`, `interview-4`')})`);
    expect(markdown).toContain('2. Slow \\| very slow (1 vote, Pur\\|chase)\n');
  });

  it('leaves out the diagram when no note has text, and the table when no note has a channel', () => {
    const plain = formatMarkdown(createJourneyFixture({ cell: [{ id: 'a', text: '  ', votes: 0 }] }));
    expect(plain).not.toContain('mermaid');
    expect(plain).not.toContain(USER_MESSAGES.analyticsHeadings.channels);
  });

  it('draws the diagram from pain points when no note is an action or touchpoint, still without a channel table', () => {
    const painOnly = formatMarkdown(createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 0 }] }));
    expect(painOnly).toContain(['```mermaid', 'journey', '  title Sarah buys a jacket', '  section Purchase', '    Slow: 2: Sarah'].join('\n'));
    expect(painOnly).not.toContain(USER_MESSAGES.analyticsHeadings.channels);
  });
});
