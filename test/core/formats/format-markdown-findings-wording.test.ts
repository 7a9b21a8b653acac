import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/core/formats/format-markdown';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { createJourneyFixture } from '../journey-fixture';

function findingsOf(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${USER_MESSAGES.reportHeadings.keyFindings}`) + 2;
  return lines.slice(start, lines.indexOf('', start));
}

describe('formatMarkdown says what the map shows, no more', () => {
  it('names the only scored stage as such, not as the lowest or the highest', () => {
    const journey = createJourneyFixture();
    journey.stages[0]!.emotion = { score: 2, count: 1 };
    journey.summary.lowestEmotionStage = 'purchase';
    journey.summary.highestEmotionStage = 'purchase';
    const findings = findingsOf(formatMarkdown(journey));
    expect(findings[0]).toBe(`- ${USER_MESSAGES.findingOnlyScoredStage('**Purchase**', '+2')}`);
    expect(findings.join('\n')).not.toMatch(/Lowest emotion|Highest emotion/);
  });

  it('still names the lowest and highest of two scored stages', () => {
    const journey = createJourneyFixture();
    journey.stages[1]!.emotion = { score: 1, count: 1 };
    journey.summary.highestEmotionStage = 'retention';
    expect(findingsOf(formatMarkdown(journey)).slice(0, 2)).toEqual([
      `- ${USER_MESSAGES.findingLowestStage('**Purchase**', '-1.5')}`,
      `- ${USER_MESSAGES.findingHighestStage('**Retention**', '+1')}`,
    ]);
  });

  it('gives the persona\'s role under the name, as the JSON export has it', () => {
    const journey = createJourneyFixture();
    journey.persona = { ...journey.persona!, role: 'Freelance designer, works from home' };
    const markdown = formatMarkdown(journey);
    expect(markdown).toContain(`## ${USER_MESSAGES.reportHeadings.persona}\n\n**Sarah**\n\n*Freelance designer, works from home*\n\nBuys online`);
  });

  it('says votes could not be counted, never that none has a vote, when a REST file holds no stamps', () => {
    const journey = createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 0 }] });
    journey.source = { ...journey.source, via: 'rest', stampsFound: false };
    const markdown = formatMarkdown(journey);
    expect(findingsOf(markdown)).toContain(`- ${USER_MESSAGES.votesNotCounted}`);
    expect(markdown).toContain(`## ${USER_MESSAGES.reportHeadings.painPoints}\n\n${USER_MESSAGES.votesNotCounted}`);
    expect(markdown).not.toContain(USER_MESSAGES.noVotedPainPoints);
    expect(markdown).not.toContain(USER_MESSAGES.findingNoVotedOpportunities);
  });

  it('says none has a vote yet when the stamps were read and none is voted', () => {
    const journey = createJourneyFixture({ cell: [{ id: 'a', text: 'Slow', votes: 0 }] });
    journey.source = { ...journey.source, via: 'rest', stampsFound: true };
    const markdown = formatMarkdown(journey);
    expect(findingsOf(markdown)).toContain(`- ${USER_MESSAGES.findingNoVotedPainPoints}`);
    expect(markdown).not.toContain(USER_MESSAGES.votesNotCounted);
  });
});
