import type { Journey, Lane, Note } from '../journey/journey-schema';
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

/** The lane whose notes are the diagram's tasks: customer actions, else touchpoints; null when there is neither. */
function findTaskLane(journey: Journey): Lane | null {
  return journey.lanes.find((lane) => lane.kind === 'actions') ?? journey.lanes.find((lane) => lane.kind === 'touchpoints') ?? null;
}

/**
 * A Mermaid `journey` diagram of the map: its title, a `section` per stage, a task per customer-action note
 * (touchpoint notes when the map has no action lane) scored from the stage's emotion, with the persona (else the
 * lane) as actor. Empty notes are left out: a task needs a name. Every line is accepted by Mermaid's grammar.
 */
export function formatMermaid(journey: Journey): string {
  const lines = ['journey'];
  const title = cleanMermaidText(journey.title);
  if (title !== '') lines.push(`  title ${title}`);
  const lane = findTaskLane(journey);
  // Commas separate a task's actors: one persona is one actor.
  const actor = cleanMermaidText(((journey.persona?.name ?? '').trim() || (lane?.name ?? '')).replace(/,/g, ' '));
  journey.stages.forEach((stage, index) => {
    lines.push(`  section ${cleanMermaidText(stage.name) || USER_MESSAGES.inferredStageName(index + 1)}`);
    const score = computeMermaidScore(stage.emotion.score);
    const notes: readonly Note[] = lane === null ? [] : (stage.lanes[lane.id] ?? []);
    for (const note of notes) {
      const task = cleanMermaidTask(note.text);
      if (task !== '') lines.push(`    ${task}: ${score}${actor === '' ? '' : `: ${actor}`}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
