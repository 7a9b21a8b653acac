import { describe, expect, it } from 'vitest';
import { countVotes, normalizeStampName } from '../../../src/core/journey/count-votes';

describe('normalizeStampName', () => {
  const cases: Array<[string, string]> = [
    ['+1', '+1'],
    ['Plus one', '+1'],
    ['Thumbs up', 'thumbs up'],
    ['thumbs_up', 'thumbs up'],
    ['ThumbsUp', 'thumbs up'],
    ['thumbs-up', 'thumbs up'],
    ['Thumbs-Down', 'thumbs down'],
    ['-1', '-1'],
    ['👍', 'thumbs up'],
    ['Thumbs Down', 'thumbs down'],
    ['👎', 'thumbs down'],
    ['Heart', 'heart'],
    ['❤️', 'heart'],
    ['Star stamp', 'star'],
    ['⭐', 'star'],
    ['Dot', 'dot'],
    ['Voting dot', 'dot'],
    ['?', 'question'],
    ['Profile', 'profile'],
    ['  ', 'stamp'],
  ];
  it.each(cases)('reads %j as %j', (name, expected) => {
    expect(normalizeStampName(name)).toBe(expected);
  });
});

describe('countVotes', () => {
  it('counts every stamp by name, and all but thumbs down, -1 and question marks as votes', () => {
    expect(countVotes([])).toEqual({ votes: 0, stamps: {} });
    expect(countVotes(['+1', 'Plus one', 'Thumbs up', 'Heart', 'thumbs down', 'Dot'])).toEqual({
      votes: 5,
      stamps: { '+1': 2, 'thumbs up': 1, heart: 1, 'thumbs down': 1, dot: 1 },
    });
    expect(countVotes(['👎', '-1', '?'])).toEqual({ votes: 0, stamps: { 'thumbs down': 1, '-1': 1, question: 1 } });
  });

  it('keeps stamps named like object internals as plain entries', () => {
    const { votes, stamps } = countVotes(['__proto__', 'constructor', 'constructor']);
    expect(votes).toBe(3);
    expect(Object.getOwnPropertyNames(stamps)).toEqual(['proto', 'constructor']);
    expect(stamps['constructor']).toBe(2);
    expect(Object.getPrototypeOf(stamps)).toBe(Object.prototype);
  });
});
