import type { Journey, Lane, Note } from '../journey/journey-schema';
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

/** The lanes whose notes may be the diagram's tasks, in the order they are tried: customer actions, then touchpoints. */
const TASK_LANE_KINDS = ['actions', 'touchpoints'] as const;

/**
 * A stage's tasks: the notes with text of its first cell that has any, over the customer-action lanes and then
 * the touchpoint lanes. A stage whose customers did nothing on the map still shows where they met the service.
 */
function findStageTasks(journey: Journey, stage: Journey['stages'][number]): { lane: Lane; notes: readonly Note[] } | null {
  for (const kind of TASK_LANE_KINDS) {
    for (const lane of journey.lanes.filter((candidate) => candidate.kind === kind)) {
      const notes = (ownValue(stage.lanes, lane.id) ?? []).filter((note) => cleanMermaidTask(note.text) !== '');
      if (notes.length > 0) return { lane, notes };
    }
  }
  return null;
}

/** Commas separate a task's actors: one persona, or one lane, is one actor. */
function cleanActor(name: string): string {
  return cleanMermaidText(name.replace(/,/g, ' '));
}

/**
 * A Mermaid `journey` diagram of the map: its title, a `section` per stage with tasks, scored from the stage's
 * emotion, with the persona (else the task's lane) as actor. A stage's tasks are its customer-action notes, or its
 * touchpoint notes when it has none (see findStageTasks); pain points, ideas and the rest are findings, not steps,
 * so they stay out. Empty notes are left out: a task needs a name. A stage with neither keeps its `section` line,
 * empty: journey.jison takes a section with no task (a section is a statement of its own), and the diagram's text
 * keeps every stage. Every line is accepted by Mermaid's grammar.
 */
export function formatMermaid(journey: Journey): string {
  const lines = ['journey'];
  const title = cleanMermaidText(journey.title);
  if (title !== '') lines.push(`  title ${title}`);
  const persona = cleanActor(journey.persona?.name ?? '');
  journey.stages.forEach((stage, index) => {
    lines.push(`  section ${cleanMermaidText(stage.name) || USER_MESSAGES.inferredStageName(index + 1)}`);
    const tasks = findStageTasks(journey, stage);
    if (tasks === null) return;
    const score = computeMermaidScore(stage.emotion.score);
    const actor = persona || cleanActor(tasks.lane.name);
    for (const note of tasks.notes) lines.push(`    ${cleanMermaidTask(note.text)}: ${score}${actor === '' ? '' : `: ${actor}`}`);
  });
  return `${lines.join('\n')}\n`;
}
