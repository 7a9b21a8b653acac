import type { ExportFormat } from '../../src/core/journey/journey-schema';
import { LETTER_CHARACTERS } from '../../src/core/shared/letter-characters';
import { slugify } from '../../src/core/template/presets';

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

/** A title with no letter or digit in any script ("🚀 !!!") still names its file. */
const UNNAMED_FILE = 'journey-map';
const LETTER_OR_DIGIT = new RegExp(`[${LETTER_CHARACTERS}0-9]`);

/**
 * `customer-journey-map.csv` or `病院予約.json` from the map title: letters of every script are kept, so maps in
 * different languages get different names, and only characters unsafe in a file name are replaced.
 */
export function computeExportFile(title: string, format: ExportFormat): ExportFile {
  const { extension, mimeType } = FILE_TYPES[format];
  const name = LETTER_OR_DIGIT.test(title.normalize('NFKC')) ? slugify(title) : UNNAMED_FILE;
  return { fileName: `${name}.${extension}`, mimeType };
}
