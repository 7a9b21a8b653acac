import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../../src/core/formats/format-markdown';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { createJourneyFixture } from '../journey-fixture';

const HOSTILE = [
  '# Heading',
  '- list item',
  '1. numbered',
  '**bold** _em_ `code`',
  '[link](javascript:alert(1))',
  '![image](http://example.com/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt; entity',
  '| table | cell |',
  'line one\n\n## injected heading\n- injected item',
  '> quote',
  'back\\slash',
  'trailing backslash\\',
  '---',
  'text\n===',
  '+ plus item',
  '2) second\n3. third',
  '$x^2$ math and ~~strike~~',
  'a | b\n--- | ---',
  '    indented code',
  '```\nfenced\n```',
  'Stage two ##',
  '*** ___',
];

/** Marks that start a block when they open a line: headings, lists, quotes, fences, rules, setext underlines. */
const BLOCK_START = /^(?:#|[-+*]|\d+[.)]|>|`{3}|~{3}|=+\s*$|_{3})/;
/** Characters that make inline markup anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$#]/;

function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('leaves no markup active in %j', (text) => {
    const escaped = escapeMarkdown(text);
    const lines = escaped.split('\n');
    for (const [index, line] of lines.entries()) {
      const content = index === 0 ? line : line.slice(2);
      if (index > 0) expect(line.startsWith('  ')).toBe(true);
      expect(content).not.toMatch(/^\s/);
      expect(content).not.toMatch(BLOCK_START);
      // Once escaped pairs are taken out, no markup character is left bare.
      const bare = content.replace(/\\[\s\S]/g, '').replace(/\\$/, '');
      expect(bare).not.toMatch(INLINE_MARKUP);
      if (index < lines.length - 1) expect(line.endsWith('\\')).toBe(true);
    }
    const joined = escaped.replace(/\\\n {2}/g, '\n');
    expect(unescape(joined)).toBe(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n'),
    );
  });

  it('leaves ordinary punctuation as it is, so the report stays readable', () => {
    expect(escapeMarkdown('Great, thanks! Is it done? Yes: pre-order (2 days), 50% off.')).toBe(
      'Great, thanks! Is it done? Yes: pre-order (2 days), 50% off.',
    );
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
  });

  it('keeps emoji, accents and right-to-left text as they are', () => {
    expect(escapeMarkdown('énervé 😡 שלום')).toBe('énervé 😡 שלום');
  });
});

describe('formatMarkdown', () => {
  const cell = HOSTILE.map((text, index) => ({ id: `n${index}`, text, votes: index }));
  const journey = createJourneyFixture({
    cell,
    persona: [{ id: 'p1', text: 'Wants <b>it</b> fast', votes: 0 }],
    unplaced: [{ id: 'u1', text: 'Dragged *out*', votes: 0, reason: 'near-map' }],
  });
  const markdown = formatMarkdown(journey);
  const lines = markdown.split('\n');
  // The journey diagram holds the notes as Mermaid tasks inside a code fence, where Markdown is not read; the
  // report's own text is the rest, and the fence is checked on its own: nothing inside it can close it.
  const diagram = /^(`{3,})mermaid\n([\s\S]*?)^\1$/m.exec(markdown);
  const outside = diagram === null ? markdown : markdown.replace(diagram[0], '');
  const outsideLines = outside.split('\n');

  it('has the title, persona, emotion curve, a section per stage, pain points and unplaced notes', () => {
    expect(lines[0]).toBe('# Sarah buys a jacket');
    const headings = lines.filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# Sarah buys a jacket',
      `## ${USER_MESSAGES.reportHeadings.keyFindings}`,
      `## ${USER_MESSAGES.reportHeadings.persona}`,
      `## ${USER_MESSAGES.reportHeadings.emotionCurve}`,
      `## ${USER_MESSAGES.analyticsHeadings.journeyDiagram}`,
      '## Purchase',
      '### Pain points',
      '## Retention',
      `## ${USER_MESSAGES.reportHeadings.painPoints}`,
      `## ${USER_MESSAGES.reportHeadings.unplaced}`,
    ]);
    expect(markdown).toContain(`- Purchase: \`─●───────\` -1.5 ${USER_MESSAGES.emotionNotes(2)}`);
    expect(markdown).toContain(`- Retention: ${USER_MESSAGES.noEmotionScore}`);
    expect(markdown).toContain(`- Dragged \\*out\\*: ${USER_MESSAGES.unplacedReasons['near-map']}`);
    expect(markdown).toContain(`(${USER_MESSAGES.voteCount(3)})`);
  });

  it('keeps note text from adding headings, list items, links or HTML', () => {
    expect(outside).not.toMatch(/(?<!\\)<[a-z/]/i);
    expect(outside).not.toMatch(/(?<!\\)&[a-z]+;/i);
    expect(outside).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    const findings = lines.slice(lines.indexOf(`## ${USER_MESSAGES.reportHeadings.keyFindings}`), lines.indexOf(`## ${USER_MESSAGES.reportHeadings.persona}`));
    expect(outsideLines.filter((line) => /^\s*- /.test(line)).length).toBe(
      findings.filter((line) => /^\s*- /.test(line)).length + 2 /* emotion curve */ + HOSTILE.length /* stage */ + 1 /* persona */ + 1 /* unplaced */,
    );
    for (const line of findings.filter((line) => /^\s+\d+\. /.test(line))) expect(line).not.toMatch(/^\s+\d+\. [#>*+-]/);
    for (const note of cell) expect(unescape(markdown)).toContain(note.text.split('\n')[0]!.trim());
  });

  it('keeps the notes in the journey diagram inside its fence: one task line each, no run of backticks as long', () => {
    expect(diagram).not.toBeNull();
    const [, fence, body] = diagram!;
    const longestRun = Math.max(0, ...(body!.match(/`+/g) ?? []).map((run) => run.length));
    expect(longestRun).toBeGreaterThanOrEqual(3);
    expect(fence!.length).toBeGreaterThan(longestRun);
    const bodyLines = body!.split('\n').filter((line) => line !== '');
    for (const line of bodyLines) expect(line).toMatch(/^(?:journey| {2}title \S.*| {2}section \S.*| {4}\S.*: [1-5]: Sarah)$/);
    expect(bodyLines.filter((line) => line.startsWith('    '))).toHaveLength(HOSTILE.length);
  });
});

describe('formatMarkdown headings', () => {
  it('joins a title, stage or lane name written on several lines into one heading line', () => {
    const fixture = createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 0 }] });
    const journey = {
      ...fixture,
      title: 'Sarah buys\n# a jacket',
      lanes: fixture.lanes.map((lane) => (lane.id === 'painPoints' ? { ...lane, name: 'Pain\r\npoints' } : lane)),
      stages: fixture.stages.map((stage) => (stage.id === 'purchase' ? { ...stage, name: 'Pur-\nchase' } : stage)),
    };
    const lines = formatMarkdown(journey).split('\n');
    expect(lines[0]).toBe('# Sarah buys \\# a jacket');
    expect(lines).toContain('## Pur- chase');
    expect(lines).toContain('### Pain points');
    expect(lines.filter((line) => /^#{1,6} /.test(line))).toHaveLength(10);
    expect(lines).toContain(`## ${USER_MESSAGES.analyticsHeadings.journeyDiagram}`);
  });
});

describe('formatMarkdown key findings', () => {
  function findingsOf(markdown: string): string[] {
    const lines = markdown.split('\n');
    const start = lines.indexOf(`## ${USER_MESSAGES.reportHeadings.keyFindings}`);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    return lines.slice(start + 1, end).filter((line) => line !== '');
  }

  function createWorkshopJourney() {
    const journey = createJourneyFixture({
      cell: [
        { id: 'a', text: 'No reply for days', votes: 1 },
        { id: 'b', text: 'Fees at the end', votes: 4, ambiguous: true },
        { id: 'c', text: 'Slow page', votes: 0 },
      ],
      unplaced: [
        {
          id: 'u',
          text: 'Old idea',
          votes: 0,
          reason: 'near-map',
          from: { stageId: 'returns', stageName: 'Returns', laneId: 'painPoints', laneName: 'Pain points' },
        },
      ],
    });
    journey.lanes.push({ id: 'opportunities', name: 'Opportunities', kind: 'opportunities' });
    journey.stages[0]!.lanes['opportunities'] = [{ id: 'o', text: 'Show fees early', votes: 2 }];
    journey.stages[1]!.lanes['opportunities'] = [];
    journey.stages[1]!.emotion = { score: 1, count: 1 };
    journey.summary = {
      ...journey.summary,
      painPointsByVotes: [
        { id: 'b', text: 'Fees at the end', votes: 4, stageId: 'purchase' },
        { id: 'a', text: 'No reply for days', votes: 1, stageId: 'purchase' },
        { id: 'c', text: 'Slow page', votes: 0, stageId: 'purchase' },
      ],
      opportunitiesByVotes: [{ id: 'o', text: 'Show fees early', votes: 2, stageId: 'purchase' }],
      highestEmotionStage: 'retention',
      painPointsByStage: { purchase: 3, retention: 0 },
      ambiguousNotes: 1,
      emptyNotes: 2,
      scoredByPosition: { count: 1, noteIds: ['e'] },
    };
    return journey;
  }

  it('opens the report, right after the title', () => {
    const lines = formatMarkdown(createWorkshopJourney()).split('\n');
    expect(lines[0]).toBe('# Sarah buys a jacket');
    expect(lines.find((line) => line.startsWith('## '))).toBe(`## ${USER_MESSAGES.reportHeadings.keyFindings}`);
  });

  it('names the lowest and highest stages, voted pain points and opportunities with their stage, and what to check', () => {
    expect(findingsOf(formatMarkdown(createWorkshopJourney()))).toEqual([
      `- ${USER_MESSAGES.findingLowestStage('**Purchase**', '-1.5')}`,
      `- ${USER_MESSAGES.findingHighestStage('**Retention**', '+1')}`,
      `- ${USER_MESSAGES.findingVotedPainPoints}`,
      '  1. Fees at the end (4 votes, Purchase)',
      '  2. No reply for days (1 vote, Purchase)',
      `- ${USER_MESSAGES.findingVotedOpportunities}`,
      '  1. Show fees early (2 votes, Purchase)',
      `- ${USER_MESSAGES.findingPainPointsPerStage} Purchase 3, Retention 0`,
      `- ${USER_MESSAGES.findingNotesToCheck(1, 1)}`,
      `- ${USER_MESSAGES.findingEmptyNotes(2)}`,
      `- ${USER_MESSAGES.findingScoredByPosition(1)}`,
    ]);
  });

  it('never ranks a pain point without votes or without text, and says so when none is voted', () => {
    const journey = createWorkshopJourney();
    journey.summary.painPointsByVotes = [
      { id: 'x', text: '  ', votes: 3, stageId: 'purchase' },
      { id: 'c', text: 'Slow page', votes: 0, stageId: 'purchase' },
    ];
    const markdown = formatMarkdown(journey);
    expect(findingsOf(markdown)).toContain(`- ${USER_MESSAGES.findingNoVotedPainPoints}`);
    expect(markdown).toContain(`## ${USER_MESSAGES.reportHeadings.painPoints}\n\n${USER_MESSAGES.noVotedPainPoints}`);
    expect(markdown).not.toContain(USER_MESSAGES.emptyNote);
  });

  it('sorts notes within a stage by votes, marks notes across a border, and says where a kept note came from', () => {
    const markdown = formatMarkdown(createWorkshopJourney());
    const stage = markdown.slice(markdown.indexOf('## Purchase'), markdown.indexOf('## Retention'));
    expect(stage).toContain(`- Fees at the end (4 votes, ${USER_MESSAGES.ambiguousNote})\n- No reply for days (1 vote)\n- Slow page`);
    expect(markdown).toContain(`- Old idea: ${USER_MESSAGES.unplacedReasons['near-map']}, ${USER_MESSAGES.keptFrom('Returns', 'Pain points')}`);
  });

  it('reads a version-1 journey written before the summary carried these figures', () => {
    const journey = createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 2, ambiguous: true }] });
    expect(findingsOf(formatMarkdown(journey))).toEqual([
      `- ${USER_MESSAGES.findingOnlyScoredStage('**Purchase**', '-1.5')}`,
      `- ${USER_MESSAGES.findingVotedPainPoints}`,
      '  1. Slow (2 votes, Purchase)',
      `- ${USER_MESSAGES.findingNoVotedOpportunities}`,
      `- ${USER_MESSAGES.findingPainPointsPerStage} Purchase 1, Retention 0`,
      `- ${USER_MESSAGES.findingNotesToCheck(0, 1)}`,
    ]);
  });
});

describe('formatMarkdown with the map’s state and stage descriptions', () => {
  it('says under the title whether the map is the current or the future state, and puts each description under its stage', () => {
    const fixture = createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 0 }] });
    const journey = {
      ...fixture,
      state: 'future' as const,
      stages: fixture.stages.map((stage) => (stage.id === 'purchase' ? { ...stage, description: 'Day 3, *on the phone*' } : stage)),
    };
    const lines = formatMarkdown(journey).split('\n');
    expect(lines.slice(0, 3)).toEqual([`# ${fixture.title}`, '', '*Future state*']);
    const heading = lines.indexOf('## Purchase');
    expect(lines.slice(heading, heading + 3)).toEqual(['## Purchase', '', '*Day 3, \\*on the phone\\**']);
    expect(formatMarkdown(fixture)).not.toContain('state*');
  });
});

describe('formatMarkdown with emotion notes', () => {
  it('writes a note whose text is only its score once, and the score after any other text', () => {
    const journey = createJourneyFixture({
      cell: [
        { id: 'a', text: '-2', votes: 0, score: -2 },
        { id: 'b', text: ' +1 ', votes: 2, score: 1 },
        { id: 'c', text: '\u22120.5', votes: 0, score: -0.5 },
        { id: 'd', text: '-2 lost the cart', votes: 0, score: -2 },
        { id: 'e', text: '2', votes: 0, score: 1 },
      ],
    });
    const markdown = formatMarkdown(journey);
    const stage = markdown.slice(markdown.indexOf('## Purchase'), markdown.indexOf('## Retention'));
    expect(stage).toContain('- \\-2\n');
    expect(stage).toContain('- \\+1 (2 votes)\n');
    expect(stage).toContain('- \u22120.5\n');
    expect(stage).toContain('- \\-2 lost the cart (-2)\n');
    expect(stage).toContain('- 2 (+1)\n');
  });
});
