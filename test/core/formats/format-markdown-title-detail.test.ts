import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/core/formats/format-markdown';
import { createJourneyFixture } from '../journey-fixture';

describe('the Markdown report under its title', () => {
  it('shows the scenario, team and date under the title and the state, as the map does', () => {
    const journey = { ...createJourneyFixture(), state: 'current' as const, scenario: 'Buying a jacket', team: 'Web shop', date: 'March 2026' };
    const lines = formatMarkdown(journey).split('\n');
    const title = lines.indexOf(lines.find((line) => line.startsWith('# '))!);
    expect(lines.slice(title + 1, title + 5)).toEqual(['', '*Current state*', '', 'Buying a jacket  ·  Web shop  ·  March 2026']);
  });

  it('shows only the parts a journey has, and no line when it has none', () => {
    const journey = createJourneyFixture();
    expect(formatMarkdown({ ...journey, team: 'Web shop' })).toContain('\n\nWeb shop\n\n');
    expect(formatMarkdown({ ...journey, scenario: ' ', team: '' })).toBe(formatMarkdown(journey));
  });
});
