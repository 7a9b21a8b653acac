import { describe, expect, it } from 'vitest';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';

const long = 'A very long stage name that goes on and on';

describe('the sentences of import, edit and map actions', () => {
  it('name the removed parts, at most two, and stay under 100 characters', () => {
    expect(USER_MESSAGES.removedParts(['Buy'], [])).toBe('the stage "Buy"');
    expect(USER_MESSAGES.removedParts(['Buy', 'Use'], [])).toBe('the stages "Buy" and "Use"');
    expect(USER_MESSAGES.removedParts(['Buy'], ['Fees'])).toBe('the stage "Buy" and the lane "Fees"');
    expect(USER_MESSAGES.removedParts(['Buy'], ['Fees', 'Ideas', 'Goals'])).toBe('the stage "Buy", the lane "Fees" and 2 more');
    expect(USER_MESSAGES.removalHoldsNotes(1, 'the lane "Fees"')).toBe('1 note is in the lane "Fees".');
    const worst = USER_MESSAGES.removalHoldsNotes(99_999, USER_MESSAGES.removedParts([long, long], [long, long, long]));
    expect(worst.length).toBeLessThan(100);
  });

  it('keep a future-state title within the 120 characters of a map title', () => {
    expect(USER_MESSAGES.futureStateTitle('Checkout')).toBe('Checkout (future state)');
    expect(USER_MESSAGES.futureStateTitle('x'.repeat(120)).length).toBeLessThanOrEqual(120);
  });

  it('stay under 100 characters with the longest names and big counts', () => {
    const sentences = [
      USER_MESSAGES.importNotJson(123_456, 7_890),
      USER_MESSAGES.importFileRead(`${long}${long}.json`),
      USER_MESSAGES.importFileUnreadable(`${long}${long}.json`),
      USER_MESSAGES.mapImportUpdated(50_000, 50_000),
      USER_MESSAGES.mapUpdated(50_000, 50_000),
      USER_MESSAGES.mapTidied(50_000, 50_000),
      USER_MESSAGES.emotionCurveDrawn(0),
      USER_MESSAGES.emotionCurveDrawn(30),
      USER_MESSAGES.mapDuplicated(long.repeat(3)),
      USER_MESSAGES.changesNotApplied(long.repeat(3)),
      USER_MESSAGES.fixFieldsToApply(46),
    ];
    for (const sentence of sentences) expect(sentence.length).toBeLessThan(100);
  });
});
