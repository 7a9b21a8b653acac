import type * as z from 'zod/mini';
import { USER_MESSAGES } from '../shared/user-messages';

/** `stages[2].name: Must not be empty` for the first problem, so a person sees which field to fix. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** The kind of a JSON value as zod names kinds, telling null and arrays apart from objects. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * zod/mini carries no locale (its messages are all "Invalid input"), so the problem is said from the issue's own
 * data; parse with `reportInput: true` so "received" can be told. Messages a schema sets itself are kept.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
  const say = USER_MESSAGES.validation;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      return 'input' in issue ? say.expectedReceived(expected, describeValue(issue.input)) : say.expected(expected);
    }
    case 'invalid_value':
      return say.expected(issue.values.map((value) => JSON.stringify(value)).join(' or '));
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' ? say.atLeast(String(issue.minimum)) : say.needsAtLeast(String(issue.minimum));
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? say.atMost(String(issue.maximum)) : say.takesAtMost(String(issue.maximum));
    default:
      return issue.message;
  }
}

export function formatValidationIssues(error: z.core.$ZodError, limit = 5): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = formatIssuePath(issue.path);
    return path === '' ? describeIssue(issue) : `${path}: ${describeIssue(issue)}`;
  });
}
