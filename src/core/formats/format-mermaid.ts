import type { Journey, Lane, Note } from '../journey/journey-schema';
import type { LaneKind } from '../shared/lane-kinds';
import { ownValue } from '../shared/own-value';
import { USER_MESSAGES } from '../shared/user-messages';

/**
 * What Mermaid's journey lexer reads as syntax inside a line: `:` ends a task name, `#` and `%%` start comments,
 * `;` ends a statement, a line break ends the line. Each becomes a space (`%%` a single `%`), so the text stays
 * readable and the diagram parses.
 */
const MERMAID_BREAKING = /[:#;\r\n\u0085\u2028\u2029]|%(?=%)/g;

/** Words the lexer takes as keywords at the start of a line, in any case: a task must not start with one. */
const LINE_KEYWORDS = /^(?:journey|title\s|section\s|acctitle|accdescr)/i;

/** Line breaks and syntax out, spaces squeezed. */
export function cleanMermaidText(text: string): string {
  return text.replace(MERMAID_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/** A task line that starts with a keyword gets a zero-width space after its first letter: it reads the same. */
export function cleanMermaidTask(text: string): string {
  const cleaned = cleanMermaidText(text);
  return LINE_KEYWORDS.test(cleaned) ? `${cleaned.slice(0, 1)}\u200b${cleaned.slice(1)}` : cleaned;
}

/** A stage's emotion on Mermaid's scale: −2…+2 becomes 1…5, and a stage without a score stands at 3. */
export function computeMermaidScore(emotion: number | null): number {
  if (emotion === null) return 3;
  return Math.min(5, Math.max(1, Math.round(emotion + 3)));
}

/**
 * The lanes whose notes are a stage's tasks, in the order they are tried: what customers did, then where they
 * met the service, then what they thought, then what hurt. A stage with none of these still shows whatever
 * else its cells hold (any other lane, in the map's order).
 */
const TASK_LANE_KINDS = ['actions', 'touchpoints', 'thoughts', 'painPoints'] as const satisfies readonly LaneKind[];

/** The map's lanes in the order a stage's tasks are looked for: TASK_LANE_KINDS first, then the others as drawn. */
function orderTaskLanes(lanes: readonly Lane[]): Lane[] {
  const rank = (lane: Lane) => {
    const index = (TASK_LANE_KINDS as readonly LaneKind[]).indexOf(lane.kind);
    return index < 0 ? TASK_LANE_KINDS.length : index;
  };
  // Array.prototype.sort is stable: lanes of one kind, and the other lanes, keep the map's order.
  return [...lanes].sort((first, second) => rank(first) - rank(second));
}

/**
 * A stage's tasks: the notes with text of its first cell that has any, in the order of orderTaskLanes. Invariant:
 * a stage with a note with text in any lane has tasks, and they all come from one lane (the diagram's actor).
 */
function findStageTasks(lanes: readonly Lane[], stage: Journey['stages'][number]): { lane: Lane; notes: readonly Note[] } | null {
  for (const lane of lanes) {
    const notes = (ownValue(stage.lanes, lane.id) ?? []).filter((note) => cleanMermaidTask(note.text) !== '');
    if (notes.length > 0) return { lane, notes };
  }
  return null;
}

/** Commas separate a task's actors: one persona, or one lane, is one actor. */
function cleanActor(name: string): string {
  return cleanMermaidText(name.replace(/,/g, ' '));
}

/**
 * A Mermaid `journey` diagram of the map: its title, a `section` per stage with tasks, scored from the stage's
 * emotion, with the persona (else the task's lane) as actor. A stage's tasks are its customer-action notes, else
 * its touchpoints, thoughts, pain points or any other lane's, the first that has notes (see findStageTasks), so a
 * stage with notes is never bare. Empty notes are left out: a task needs a name. A stage without notes keeps its
 * `section` line, empty: journey.jison takes a section with no task (a section is a statement of its own), and
 * the diagram's text keeps every stage. Every line is accepted by Mermaid's grammar.
 */
export function formatMermaid(journey: Journey): string {
  const lines = ['journey'];
  const title = cleanMermaidText(journey.title);
  if (title !== '') lines.push(`  title ${title}`);
  const persona = cleanActor(journey.persona?.name ?? '');
  const taskLanes = orderTaskLanes(journey.lanes);
  journey.stages.forEach((stage, index) => {
    lines.push(`  section ${cleanMermaidText(stage.name) || USER_MESSAGES.inferredStageName(index + 1)}`);
    const tasks = findStageTasks(taskLanes, stage);
    if (tasks === null) return;
    const score = computeMermaidScore(stage.emotion.score);
    const actor = persona || cleanActor(tasks.lane.name);
    for (const note of tasks.notes) lines.push(`    ${cleanMermaidTask(note.text)}: ${score}${actor === '' ? '' : `: ${actor}`}`);
  });
  return `${lines.join('\n')}\n`;
}
