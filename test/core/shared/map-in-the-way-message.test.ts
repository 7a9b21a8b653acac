import { describe, expect, it } from 'vitest';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';

function quotedTitle(message: string): string {
  return /"(.*)"/u.exec(message)![1]!;
}

describe('the message about a map in the way', () => {
  it('says a title as long as the future-state copy\'s whole, so two maps that differ at the end stay apart', () => {
    const current = 'Home broadband switch — current state (draft for the workshop)';
    const future = USER_MESSAGES.futureStateTitle('Home broadband switch — current state');
    expect(quotedTitle(USER_MESSAGES.mapInTheWay(future))).toBe(future);
    expect(quotedTitle(USER_MESSAGES.mapInTheWay(current))).not.toBe(quotedTitle(USER_MESSAGES.mapInTheWay(future)));
  });

  it('cuts a longer title in the middle, keeping its start and its end, within 60 characters', () => {
    const title = `Home broadband switch ${'and the long road to a working router '.repeat(2)}(future state)`;
    const quoted = quotedTitle(USER_MESSAGES.mapInTheWay(title));
    expect(quoted.length).toBeLessThanOrEqual(60);
    expect(quoted.startsWith('Home broadband switch')).toBe(true);
    expect(quoted.endsWith('(future state)')).toBe(true);
    expect(quoted).toContain('…');
  });
});
