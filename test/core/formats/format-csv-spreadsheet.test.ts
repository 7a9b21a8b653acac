import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/core/formats/format-csv';
import type { Note } from '../../../src/core/journey/journey-schema';
import { mustRunBrowserTests } from '../../e2e/launch-chromium';
import { createJourneyFixture } from '../journey-fixture';
import { readZipEntry } from './read-zip-entry';

/** Debian's LibreOffice Calc (libreoffice-calc-nogui): a real spreadsheet reading our CSV as a person would. */
const SOFFICE = '/usr/bin/soffice';
const skipSpreadsheet = !existsSync(SOFFICE) && !mustRunBrowserTests();
if (skipSpreadsheet) console.warn('Skipping the spreadsheet tests: no /usr/bin/soffice. With CI set they fail instead.');

/** Formulas disguised as a spreadsheet meets them: normalised forms, invisible characters first, in later lines. */
const DISGUISED_FORMULAS = [
  '=1+1',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(1)',
  '﹦1+1',
  '\u200B=1+1',
  '\u0000=1+1',
  '\uFEFF=1+1',
  ' \u00A0=1+1',
  'x;=1+1;y',
  'x,=1+1,y',
  '\r=1+1',
  'a\n=1+1',
  'a\r\n=1+1;=2+2',
  'a\nb;=1+1',
  'a\nb,"=1+1"',
  'a\u2028=1+1',
  'a\u2029=1+1',
  '\t=1+1',
  '=HYPERLINK("http://example.com";"x")',
  '@SUM(A1)',
  '-2+3',
  '+2 loved it',
];

/** Emotion notes as people write them: plain numbers, which a spreadsheet reads as numbers and the CSV leaves bare. */
const PURE_NUMBERS = ['-2', '+1', '-0.5'];

const scratch = mkdtempSync(path.join(tmpdir(), 'journey-lanes-calc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Converts the CSV to xlsx in Calc with the given separator, and returns the sheet's XML. */
function convertAsync(csv: string, separator: ',' | ';'): Promise<string> {
  const name = separator === ',' ? 'comma' : 'semicolon';
  const input = path.join(scratch, `${name}.csv`);
  writeFileSync(input, csv);
  // Filter options: separator, text delimiter ", UTF-8 (76), from line 1.
  const filter = `CSV:${separator.charCodeAt(0)},34,76,1`;
  const args = ['--headless', `-env:UserInstallation=file://${scratch}/profile`, '--convert-to', 'xlsx', `--infilter=${filter}`, input, '--outdir', scratch];
  return new Promise((resolve, reject) =>
    execFile(SOFFICE, args, { timeout: 180_000 }, (error) => {
      if (error) return reject(error);
      resolve(readZipEntry(readFileSync(path.join(scratch, `${name}.xlsx`)), 'xl/worksheets/sheet1.xml'));
    }),
  );
}

describe.skipIf(skipSpreadsheet)('the CSV export in LibreOffice Calc', () => {
  const notes: Note[] = [...DISGUISED_FORMULAS, ...PURE_NUMBERS].map((text, index) => ({ id: `n${index}`, text, votes: index, score: -1 }));
  const journey = createJourneyFixture({
    cell: notes,
    persona: [{ id: '=p1', text: 'Wants it fast', votes: 0, author: '＝Ana', color: '@Yellow' }],
    unplaced: [{ id: 'u1', text: 'a\n=1+1', votes: 1, reason: 'near-map' }],
  });
  journey.stages[0]!.name = 'x;=1+1';
  journey.lanes[0]!.name = '\u200B=1+1';
  const csv = formatCsv(journey);

  it.each([',', ';'] as const)('opens with separator "%s" without a single formula cell, scores as numbers', async (separator) => {
    const sheet = await convertAsync(csv, separator);
    expect(sheet).toContain('<sheetData>');
    expect(sheet.match(/<f[\s>][^<]*<\/f>/g) ?? []).toEqual([]);
    if (separator === ',') expect(sheet).toMatch(/<c r="D2" s="\d+" t="n"><v>-1<\/v><\/c>/);
    // The bare numbers are numbers in the text column, no quote shown (rows counted with the comma, where every
    // note is one row; a semicolon splits some of the fields above over several).
    if (separator === ';') return;
    const firstRow = 2 + DISGUISED_FORMULAS.length;
    PURE_NUMBERS.forEach((text, index) => expect(sheet).toMatch(new RegExp(`<c r="C${firstRow + index}"[^>]* t="n"><v>${Number(text)}</v></c>`)));
  }, 240_000);
});
