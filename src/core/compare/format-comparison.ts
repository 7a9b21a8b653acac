import { formatComparisonMarkdown } from './format-comparison-markdown';
import type { ComparisonFormat, JourneyComparison } from './journey-comparison-schema';

export function formatComparison(comparison: JourneyComparison, format: ComparisonFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case 'markdown':
      return formatComparisonMarkdown(comparison);
  }
}
