import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../src/core/format-markdown';
import { USER_MESSAGES } from '../../src/core/user-messages';
import { createJourneyFixture } from './journey-fixture';

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

  it('has the title, persona, emotion curve, a section per stage, pain points and unplaced notes', () => {
    expect(lines[0]).toBe('# Sarah buys a jacket');
    const headings = lines.filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# Sarah buys a jacket',
      `## ${USER_MESSAGES.reportHeadings.persona}`,
      `## ${USER_MESSAGES.reportHeadings.emotionCurve}`,
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
    expect(markdown).not.toMatch(/(?<!\\)<[a-z/]/i);
    expect(markdown).not.toMatch(/(?<!\\)&[a-z]+;/i);
    expect(markdown).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(lines.filter((line) => /^\s*- /.test(line)).length).toBe(
      2 /* emotion curve */ + HOSTILE.length /* stage */ + 1 /* persona */ + 1 /* unplaced */,
    );
    for (const note of cell) expect(unescape(markdown)).toContain(note.text.split('\n')[0]!.trim());
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
    expect(lines.filter((line) => /^#{1,6} /.test(line))).toHaveLength(8);
  });
});
