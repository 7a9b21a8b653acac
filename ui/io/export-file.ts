import type { ExportFormat } from '../../src/core/journey-schema';
import { slugify } from '../../src/core/presets';

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  json: { extension: 'json', mimeType: 'application/json;charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  mermaid: { extension: 'mmd', mimeType: 'text/vnd.mermaid;charset=utf-8' },
};

export interface ExportFile {
  fileName: string;
  mimeType: string;
}

/** `customer-journey-map.csv` from the map title; a title with no letters or digits still gives a file name. */
export function computeExportFile(title: string, format: ExportFormat): ExportFile {
  const { extension, mimeType } = FILE_TYPES[format];
  return { fileName: `${slugify(title)}.${extension}`, mimeType };
}
