import { describe, expect, it } from 'vitest';
import { describeReadError } from '../../src/cli/input/describe-read-error';
import { CLI_MESSAGES } from '../../src/core/shared/user-messages';

function errorWithCode(code: string): Error {
  return Object.assign(new Error(`${code}: raw system text`), { code });
}

describe('describeReadError', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['EISDIR', 'it is a folder'],
    ['EACCES', 'permission denied'],
  ])('says %s in words from the messages module', (code, words) => {
    expect(describeReadError(errorWithCode(code))).toBe(words);
    expect(Object.values(CLI_MESSAGES.readErrorReasons)).toContain(words);
  });

  it('keeps the message of an error with another code, and of an inherited property name', () => {
    expect(describeReadError(errorWithCode('EMFILE'))).toBe('EMFILE: raw system text');
    expect(describeReadError(errorWithCode('toString'))).toBe('toString: raw system text');
  });

  it('adds the cause of a failed request', () => {
    const error = new Error('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.figma.com') });
    expect(describeReadError(error)).toBe('fetch failed (getaddrinfo ENOTFOUND api.figma.com)');
  });

  it('turns a thrown non-error into text', () => {
    expect(describeReadError('refused')).toBe('refused');
  });
});
