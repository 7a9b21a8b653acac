import type * as z from 'zod/mini';
import { USER_MESSAGES } from '../shared/user-messages';
import { describeIssue, describeValue, formatIssuePath } from './validation-message';
import { isRecord } from '../shared/is-record';

/** One problem of an import, said for a person, with the path a tool or a developer looks for. */
export interface ImportProblem {
  /** Where, as a person finds it: "Stage 3 › Pain points › note 1"; "" for the journey as a whole. */
  place: string;
  /** What is wrong there: "the text must be text, not a number". */
  message: string;
  /** The path in the journey JSON: `stages[2].lanes.painPoints[0].text`; "" for the journey as a whole. */
  path: string;
}

type Path = readonly PropertyKey[];

/** A lane's name in the journey (the key of a stage's lanes is a lane id), or the id when no lane has it. */
function laneName(journey: unknown, laneId: string): string {
  const lanes = isRecord(journey) && Array.isArray(journey['lanes']) ? journey['lanes'] : [];
  const lane = lanes.find((candidate): candidate is Record<string, unknown> => isRecord(candidate) && candidate['id'] === laneId);
  const name = lane?.['name'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : laneId;
}

/** The parts of the path a person can find, and the field the problem is about, if the path ends in one. */
function readPlace(journey: unknown, path: Path): { parts: string[]; field: string | null } {
  const say = USER_MESSAGES.importPlaces;
  const parts: string[] = [];
  let field: string | null = null;
  for (let index = 0; index < path.length; index++) {
    const key = path[index];
    const next = path[index + 1];
    if (key === 'stages' && typeof next === 'number') {
      parts.push(say.stage(next + 1));
      index += 1;
    } else if (key === 'lanes' && typeof next === 'number') {
      parts.push(say.lane(next + 1));
      index += 1;
    } else if (key === 'lanes' && typeof next === 'string' && path[index - 2] === 'stages') {
      parts.push(laneName(journey, next));
      index += 1;
      // A cell's notes are a list: its index is the note's place in the cell.
      const note = path[index + 1];
      if (typeof note === 'number') {
        parts.push(say.note(note + 1));
        index += 1;
      }
    } else if ((key === 'notes' || key === 'unplaced') && typeof next === 'number') {
      if (key === 'unplaced') parts.push(say.unplaced);
      parts.push(say.note(next + 1));
      index += 1;
    } else if (key === 'persona') parts.push(say.persona);
    else if (typeof key === 'number') parts.push(say.item(key + 1));
    else if (index === path.length - 1) field = String(key);
    else parts.push(String(key));
  }
  return { parts, field };
}

/** zod/mini's type names as a person says them. */
function sayKind(kind: string): string {
  const say = USER_MESSAGES.importKinds;
  return (say as Record<string, string>)[kind] ?? kind;
}

/** What is wrong, said about the field: "the text must be text, not a number", "the name is blank". */
function describeProblem(issue: z.core.$ZodIssue, field: string | null, input: unknown): string {
  const say = USER_MESSAGES.importProblemMessages;
  const subject = field === null ? say.theValue : say.theField(field);
  if (issue.code === 'invalid_type') {
    const expected = sayKind(issue.expected === 'int' ? 'integer' : String(issue.expected));
    if (!('input' in issue) || input === undefined) return say.missing(subject);
    return say.mustBe(subject, expected, sayKind(describeValue(input)));
  }
  if (issue.code === 'too_small' && typeof input === 'string' && input.trim() === '') return say.blank(subject);
  return say.other(subject, describeIssue(issue));
}

/** A schema issue of an import as a person reads it, the path kept beside it. */
export function describeImportIssue(issue: z.core.$ZodIssue, journey: unknown): ImportProblem {
  const { parts, field } = readPlace(journey, issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  return { place: parts.join(' › '), message: describeProblem(issue, field, input), path: formatIssuePath(issue.path) };
}

/** A problem found by our own checks (repeated ids, unknown lanes), placed the same way. */
export function describeImportProblemAt(path: Path, message: string, journey: unknown): ImportProblem {
  const { parts, field } = readPlace(journey, path);
  const place = field === null ? parts : [...parts, field];
  return { place: place.join(' › '), message, path: formatIssuePath(path) };
}

/** "Stage 3 › Pain points › note 1: the text must be text, not a number". */
export function formatImportProblem(problem: ImportProblem): string {
  return problem.place === '' ? problem.message : `${problem.place}: ${problem.message}`;
}
