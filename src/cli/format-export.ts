import { formatJourney } from '../core/formats/format-journey';
import type { ExportFormat, Journey } from '../core/journey/journey-schema';

/**
 * One journey as the plugin exports it. Several: JSON as an array of journeys, Markdown as one document per map
 * separated by a rule. CSV has one header row and takes one map, so the caller asks for --map first.
 */
export function formatExport(journeys: readonly Journey[], format: ExportFormat): string {
  if (journeys.length === 1) return formatJourney(journeys[0]!, format);
  if (format === 'json') return `${JSON.stringify(journeys, null, 2)}\n`;
  return journeys.map((journey) => formatJourney(journey, format).trimEnd()).join('\n\n---\n\n') + '\n';
}
