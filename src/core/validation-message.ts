import type * as z from 'zod/mini';

/** `stages[2].name: Must not be empty` for the first problem, so a person sees which field to fix. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

export function formatValidationIssues(error: z.core.$ZodError, limit = 5): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = formatIssuePath(issue.path);
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}
