import { formatCsv } from './format-csv';
import { formatMarkdown } from './format-markdown';
import { formatMermaid } from './format-mermaid';
import type { ExportFormat, Journey } from '../journey/journey-schema';

export function formatJourney(journey: Journey, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(journey, null, 2)}\n`;
    case 'csv':
      return formatCsv(journey);
    case 'markdown':
      return formatMarkdown(journey);
    case 'mermaid':
      return formatMermaid(journey);
  }
}
