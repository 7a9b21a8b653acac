import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../../src/core/compare/compare-journeys';
import { formatComparison } from '../../../src/core/compare/format-comparison';
import { JourneyComparisonSchema } from '../../../src/core/compare/journey-comparison-schema';
import { createEmptySummary } from '../journey-fixture';
import type { Journey, Note } from '../../../src/core/journey/journey-schema';
import { readComparableText } from '../../../src/core/compare/match-similar-texts';

type StageInput = { id: string; name?: string; score?: number | null; pains?: Array<string | Note>; ideas?: string[]; actions?: Note[] };

let nextId = 0;
function note(text: string, votes = 0): Note {
  return { id: `n${nextId++}`, text, votes };
}

function journey(title: string, stages: StageInput[]): Journey {
  return {
    schemaVersion: 1,
    title,
    exportedAt: '2026-01-02T03:04:05.000Z',
    source: { editor: 'figjam', page: 'Workshop', mapId: title, pluginVersion: '0.1.0' },
    persona: null,
    lanes: [
      { id: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
      { id: 'opportunities', name: 'Opportunities', kind: 'opportunities' },
    ],
    stages: stages.map((stage) => ({
      id: stage.id,
      name: stage.name ?? stage.id,
      emotion: { score: stage.score ?? null, count: stage.score === undefined || stage.score === null ? 0 : 1 },
      lanes: {
        actions: stage.actions ?? [],
        painPoints: (stage.pains ?? []).map((pain) => (typeof pain === 'string' ? note(pain) : pain)),
        opportunities: (stage.ideas ?? []).map((idea) => note(idea)),
      },
    })),
    unplaced: [],
    summary: createEmptySummary(),
  };
}

describe('compareJourneys', () => {
  const before = journey('Current state', [
    { id: 'search', name: 'Search', score: -1, pains: [note('Too many filters', 2), note('Prices without VAT #P3', 4)], actions: [note('Searches', 1)] },
    { id: 'checkout', name: 'Checkout', score: -2, pains: ['Account required', 'Shipping cost shown late'] },
    { id: 'returns', name: 'Returns', score: 0, pains: ['Return label hard to print'] },
  ]);
  const after = journey('Future state', [
    { id: 'search', name: 'Search', score: 1, pains: [note('Prices without VAT! #P3 #survey', 1)], ideas: ['Show VAT included'] },
    { id: 'pay', name: 'checkout', score: 0.5, pains: ['Shipping costs shown late', 'Card declined'], ideas: [] },
    { id: 'advocacy', name: 'Advocacy', pains: ['Too many filters'] },
  ]);
  const comparison = compareJourneys(before, after);

  it('validates against its schema and names both journeys', () => {
    expect(JourneyComparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparison).toMatchObject({ schemaVersion: 1, kind: 'journey-comparison', before: { title: 'Current state' }, after: { title: 'Future state' } });
    expect(comparison.before.source.mapId).toBe('Current state');
  });

  it('matches stages by id, then by name in any case, and lists stages only one journey has', () => {
    expect(comparison.stages.map((stage) => [stage.id, stage.name, stage.presence])).toEqual([
      ['search', 'Search', 'both'],
      ['pay', 'checkout', 'both'],
      ['advocacy', 'Advocacy', 'after'],
      ['returns', 'Returns', 'before'],
    ]);
    expect(comparison.stages.map((stage) => stage.emotion)).toEqual([
      { before: -1, after: 1, delta: 2 },
      { before: -2, after: 0.5, delta: 2.5 },
      { before: null, after: null, delta: null },
      { before: 0, after: null, delta: null },
    ]);
    expect(comparison.summary.emotion).toEqual({ before: -1, after: 0.75, delta: 1.75 });
  });

  it('sorts pain points into resolved, kept (despite small edits and moves) and added, each exactly once', () => {
    const texts = (list: Array<{ text: string }>) => list.map((item) => item.text);
    const [search, pay, advocacy, returns] = comparison.stages;
    expect(texts(search!.painPoints.kept)).toEqual(['Prices without VAT! #P3 #survey']);
    expect(search!.painPoints.kept[0]!.before).toMatchObject({ text: 'Prices without VAT #P3', votes: 4, stageId: 'search' });
    expect(search!.painPoints.kept[0]).toMatchObject({ votes: 1, stageId: 'search' });
    expect(texts(search!.painPoints.resolved)).toEqual([]);
    expect(texts(pay!.painPoints.resolved)).toEqual(['Account required']);
    expect(pay!.painPoints.resolved[0]!.stageId).toBe('checkout');
    expect(texts(pay!.painPoints.kept)).toEqual(['Shipping costs shown late']);
    expect(texts(pay!.painPoints.added)).toEqual(['Card declined']);
    expect(texts(advocacy!.painPoints.kept)).toEqual(['Too many filters']);
    expect(advocacy!.painPoints.kept[0]!.before.stageId).toBe('search');
    expect(texts(returns!.painPoints.resolved)).toEqual(['Return label hard to print']);
    expect(comparison.summary.painPoints).toEqual({ resolved: 2, kept: 3, added: 1 });
  });

  it('lists opportunities added and the votes of each stage before and after', () => {
    expect(comparison.stages[0]!.opportunities.added.map((idea) => idea.text)).toEqual(['Show VAT included']);
    expect(comparison.summary.opportunitiesAdded).toBe(1);
    expect(comparison.stages[0]!.votes).toEqual({ before: 7, after: 1, delta: -6 });
  });

  it('keeps a pain point in its own stage when the same text stands in two stages', () => {
    const twice = journey('A', [
      { id: 'a', pains: ['Slow'] },
      { id: 'b', pains: ['Slow'] },
    ]);
    const reversed = journey('B', [
      { id: 'a', pains: [] },
      { id: 'b', pains: ['Slow'] },
    ]);
    const result = compareJourneys(twice, reversed);
    expect(result.stages.map((stage) => [stage.painPoints.resolved.length, stage.painPoints.kept.length])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('does not match texts that differ by more than small edits', () => {
    const result = compareJourneys(journey('A', [{ id: 'a', pains: ['Slow delivery'] }]), journey('B', [{ id: 'a', pains: ['Fast delivery'] }]));
    expect(result.summary.painPoints).toEqual({ resolved: 1, kept: 0, added: 1 });
    expect(readComparableText('“Slow”  check-out! #P3')).toBe('slow check out');
  });

  it('accounts for every pain point of both journeys exactly once, whatever the texts', () => {
    const texts = fc.array(fc.oneof(fc.constantFrom('Slow', 'slow!', 'Slow #P1', 'Fees', 'Fees shown late', ''), fc.string()), { maxLength: 6 });
    fc.assert(
      fc.property(texts, texts, texts, texts, (a1, a2, b1, b2) => {
        const result = compareJourneys(journey('A', [{ id: 's1', pains: a1 }, { id: 's2', pains: a2 }]), journey('B', [{ id: 's2', pains: b2 }, { id: 's1', pains: b1 }]));
        const all = result.stages.flatMap((stage) => stage.painPoints);
        expect(all.reduce((sum, p) => sum + p.resolved.length + p.kept.length, 0)).toBe(a1.length + a2.length);
        expect(all.reduce((sum, p) => sum + p.added.length + p.kept.length, 0)).toBe(b1.length + b2.length);
        JourneyComparisonSchema.parse(result);
      }),
    );
  });

  it('is a report in Markdown: the summary, a table by stage and the lists', () => {
    const markdown = formatComparison(comparison, 'markdown');
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Current state → Future state');
    expect(lines).toContain('| checkout | -2 | +0.5 | +2.5 | 0 | 0 |');
    expect(lines).toContain('| Returns (only before) | 0 | – | – | 0 | 0 |');
    expect(markdown).toContain('## Pain points resolved (2)\n\n- Account required (checkout)\n- Return label hard to print (Returns)');
    expect(markdown).toContain('- Prices without VAT! \\#P3 \\#survey (Search; votes 4 → 1; was: Prices without VAT \\#P3)');
    expect(markdown).toContain('## Opportunities added (1)\n\n- Show VAT included (Search)');
    expect(JSON.parse(formatComparison(comparison, 'json'))).toEqual(comparison);
  });
});
