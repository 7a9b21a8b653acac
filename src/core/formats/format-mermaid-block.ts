import { formatMermaid } from './format-mermaid';
import type { Journey } from '../journey/journey-schema';

/**
 * The journey diagram as a fenced ```mermaid block, which GitHub, GitLab, Notion and Obsidian draw. The fence is
 * longer than any run of backticks in the diagram, so no note can close it. Null when the diagram has no task.
 */
export function formatMermaidBlock(journey: Journey): string | null {
  const diagram = formatMermaid(journey);
  if (!/^ {4}\S/m.test(diagram)) return null;
  const longestRun = Math.max(0, ...(diagram.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}mermaid\n${diagram}${fence}`;
}
