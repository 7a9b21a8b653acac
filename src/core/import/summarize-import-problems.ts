import type { ImportProblem } from './describe-import-problem';
import { USER_MESSAGES } from '../shared/user-messages';

/** At most this many problems travel to the panel; the last line says how many more there were. */
export const MAX_PROBLEMS_LISTED = 20;

export interface ImportProblemSummary {
  /** A short sentence for a notification (under 100 characters); the problems say where. */
  message: string;
  /** The path of the first problem (`stages[2].name`), when it has one. */
  field: string | undefined;
  problems: string[];
  /** The problems said for a person, up to the same limit. */
  issues: ImportProblem[];
}

/** Problems arrive as "path: message"; the summary keeps every one up to the limit. */
export function summarizeImportProblems(problems: readonly string[], issues: readonly ImportProblem[] = []): ImportProblemSummary {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  if (problems.length > listed.length) listed.push(USER_MESSAGES.importMoreProblems(problems.length - listed.length));
  const field = /^([^:\s]+):/.exec(problems[0] ?? '')?.[1];
  return { message: USER_MESSAGES.importInvalid(problems.length), field, problems: listed, issues: issues.slice(0, MAX_PROBLEMS_LISTED) };
}
