import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMermaidTask, cleanMermaidText, computeMermaidScore, formatMermaid } from '../../../src/core/formats/format-mermaid';
import { createEmptySummary } from '../journey-fixture';
import type { Journey, Lane, Note } from '../../../src/core/journey/journey-schema';
import { parseMermaidJourney } from './parse-mermaid-journey';

function note(text: string, id = text): Note {
  return { id, text, votes: 0 };
}

function createJourney(options: { title?: string; lanes?: Lane[]; persona?: string | null; cells?: Record<string, Note[]>[] } = {}): Journey {
  const lanes = options.lanes ?? [
    { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'actions', name: 'Customer actions', kind: 'actions' },
  ];
  const cells = options.cells ?? [
    { actions: [note('Sees an ad'), note('Reads reviews')], touchpoints: [note('Instagram post')] },
    { actions: [note('Pays')], touchpoints: [note('Website')] },
    { actions: [], touchpoints: [] },
  ];
  const scores = [1.4, -2, null];
  return {
    schemaVersion: 1,
    title: options.title ?? 'Sarah buys a jacket',
    exportedAt: '2026-01-02T03:04:05.000Z',
    source: { editor: 'figjam', page: 'Workshop', mapId: 'map1', pluginVersion: '0.1.0' },
    persona: options.persona === null ? null : { name: options.persona ?? 'Sarah', description: '', notes: [] },
    lanes,
    stages: cells.map((lanesOfStage, index) => ({
      id: `stage-${index}`,
      name: ['Awareness', 'Purchase', 'Retention'][index] ?? `Stage ${index}`,
      emotion: { score: scores[index] ?? null, count: scores[index] === null ? 0 : 1 },
      lanes: Object.fromEntries(lanes.map((lane) => [lane.id, lanesOfStage[lane.id] ?? []])),
    })),
    unplaced: [],
    summary: createEmptySummary(),
  };
}

describe('formatMermaid', () => {
  it('draws a journey: the title, a section per stage, a task per customer action scored from the stage, the persona as actor', () => {
    const text = formatMermaid(createJourney());
    expect(text).toBe(
      [
        'journey',
        '  title Sarah buys a jacket',
        '  section Awareness',
        '    Sees an ad: 4: Sarah',
        '    Reads reviews: 4: Sarah',
        '  section Purchase',
        '    Pays: 1: Sarah',
        '  section Retention',
        '',
      ].join('\n'),
    );
    expect(parseMermaidJourney(text)).toEqual({
      title: 'Sarah buys a jacket',
      sections: [
        {
          name: 'Awareness',
          tasks: [
            { task: 'Sees an ad', score: 4, people: ['Sarah'] },
            { task: 'Reads reviews', score: 4, people: ['Sarah'] },
          ],
        },
        { name: 'Purchase', tasks: [{ task: 'Pays', score: 1, people: ['Sarah'] }] },
        { name: 'Retention', tasks: [] },
      ],
    });
  });

  it('takes touchpoint notes when the map has no action lane, and the lane as actor without a persona', () => {
    const journey = createJourney({ lanes: [{ id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' }], persona: null });
    const diagram = parseMermaidJourney(formatMermaid(journey));
    expect(diagram.sections.map((section) => section.tasks.map((task) => [task.task, task.score, task.people]))).toEqual([
      [['Instagram post', 4, ['Touchpoints']]],
      [['Website', 1, ['Touchpoints']]],
      [],
    ]);
  });

  it('maps −2…+2 onto 1…5 and an unscored stage onto 3', () => {
    expect([-2, -1.6, -1, -0.4, 0, 0.5, 1, 1.49, 2, null].map(computeMermaidScore)).toEqual([1, 1, 2, 3, 3, 4, 4, 4, 5, 3]);
  });

  it('cleans what Mermaid would read as syntax out of titles, sections, tasks and actors', () => {
    expect(cleanMermaidText('Step 1: pay; done #P3\nnext 100%% sure')).toBe('Step 1 pay done P3 next 100 % sure');
    expect(cleanMermaidTask('Journey planner opens')).toBe('J\u200bourney planner opens');
    expect(cleanMermaidTask('section 2 of the form')).toBe('s\u200bection 2 of the form');
    expect(cleanMermaidTask('My journey')).toBe('My journey');
    const journey = createJourney({
      title: 'Title: a; b # c',
      persona: 'Ana, the buyer: 30',
      cells: [{ actions: [note('Journey: starts'), note('title x'), note(''), note('  '), note('a%%b'), note('accTitle: x')] }],
    });
    const diagram = parseMermaidJourney(formatMermaid(journey));
    expect(diagram.title).toBe('Title a b c');
    expect(diagram.sections[0]!.tasks.map((task) => [task.task, task.people])).toEqual([
      ['J\u200bourney starts', ['Ana the buyer 30']],
      ['t\u200bitle x', ['Ana the buyer 30']],
      ['a %b', ['Ana the buyer 30']],
      ['a\u200bccTitle x', ['Ana the buyer 30']],
    ]);
  });

  it('writes a diagram Mermaid\'s grammar accepts for any text, with one task per non-empty note', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(':', '#', ';', '%', '\n', '\r', ' ', 'a', 'journey', 'title ', 'section ', ',', '\u2028', '{', '}') }),
    );
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 6 }), (title, stageName, persona, texts) => {
        const journey = createJourney({ title, persona, cells: [{ actions: texts.map((value, index) => note(value, String(index))) }, {}, {}] });
        journey.stages[0]!.name = stageName;
        const diagram = parseMermaidJourney(formatMermaid(journey));
        const nonEmpty = texts.filter((value) => cleanMermaidText(value) !== '');
        expect(diagram.sections).toHaveLength(3);
        expect(diagram.sections[0]!.tasks.map((task) => task.task)).toEqual(nonEmpty.map(cleanMermaidTask));
        for (const task of diagram.sections[0]!.tasks) expect(task.score).toBe(4);
      }),
    );
  });

  it('takes a stage\'s touchpoints when it has no customer action, else its thoughts, pain points or any lane with notes', () => {
    const lanes: Lane[] = [
      { id: 'actions', name: 'Customer actions', kind: 'actions' },
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'pains', name: 'Pain points', kind: 'painPoints' },
      { id: 'backstage', name: 'Backstage', kind: 'backstage' },
      { id: 'ideas', name: 'Ideas', kind: 'opportunities' },
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
    ];
    const journey = createJourney({
      lanes,
      persona: null,
      cells: [
        { actions: [note('Sees an ad')], touchpoints: [note('Instagram post')] },
        { actions: [note('  ')], touchpoints: [note('Website')], pains: [note('Slow page')] },
        // Thoughts come before pain points, though the pain point lane is drawn above them.
        { pains: [note('No follow-up')], thoughts: [note('Is it worth it?'), note('Maybe later')] },
        { pains: [note('Fees at the end')], ideas: [note('Show fees first')] },
        // Neither of the named kinds: the lane drawn first that has notes.
        { ideas: [note('Send a reminder')], backstage: [note('Stock check')] },
        {},
        { actions: [note(' ')], thoughts: [note('\n')] },
      ],
    });
    const text = formatMermaid(journey);
    expect(parseMermaidJourney(text).sections).toEqual([
      { name: 'Awareness', tasks: [{ task: 'Sees an ad', score: 4, people: ['Customer actions'] }] },
      { name: 'Purchase', tasks: [{ task: 'Website', score: 1, people: ['Touchpoints'] }] },
      {
        name: 'Retention',
        tasks: [
          { task: 'Is it worth it?', score: 3, people: ['Thoughts'] },
          { task: 'Maybe later', score: 3, people: ['Thoughts'] },
        ],
      },
      { name: 'Stage 3', tasks: [{ task: 'Fees at the end', score: 3, people: ['Pain points'] }] },
      { name: 'Stage 4', tasks: [{ task: 'Stock check', score: 3, people: ['Backstage'] }] },
      // A stage without a note with text keeps its section, empty.
      { name: 'Stage 5', tasks: [] },
      { name: 'Stage 6', tasks: [] },
    ]);
    // One lane per stage: the lanes after the first with notes stay out of it.
    expect(text).not.toMatch(/Instagram post|Slow page|No follow-up|Show fees first|Send a reminder/);
  });

  it('shows something for every stage with a note with text, whatever its lanes', () => {
    const kinds = ['touchpoints', 'actions', 'thoughts', 'emotions', 'painPoints', 'opportunities', 'frontstage', 'backstage', 'custom'] as const;
    const lanes: Lane[] = kinds.map((kind) => ({ id: kind, name: kind, kind }));
    fc.assert(
      fc.property(fc.array(fc.subarray([...kinds]), { minLength: 1, maxLength: 6 }), (stages) => {
        const journey = createJourney({
          lanes,
          persona: null,
          cells: stages.map((withNotes) => Object.fromEntries(withNotes.map((kind) => [kind, [note(`${kind} note`)]]))),
        });
        const sections = parseMermaidJourney(formatMermaid(journey)).sections;
        stages.forEach((withNotes, index) => expect(sections[index]!.tasks.length > 0).toBe(withNotes.length > 0));
      }),
    );
  });
});
