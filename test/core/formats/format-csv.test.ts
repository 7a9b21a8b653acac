import { describe, expect, it } from 'vitest';
import { CSV_BYTE_ORDER_MARK, CSV_COLUMNS, formatCsv, neutralizeFormula, quoteCsvField } from '../../../src/core/formats/format-csv';
import { createJourneyFixture } from '../journey-fixture';

/** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes, nothing else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (character === '"') {
        quoted = false;
        index += 1;
        if (index < text.length && text[index] !== ',' && text[index] !== '\r') throw new Error(`text after a closing quote at ${index}`);
      } else {
        field += character;
        index += 1;
      }
    } else if (character === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (character === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (character === '\r' || character === '\n') {
      throw new Error(`bare line break in an unquoted field at ${index}`);
    } else {
      field += character;
      index += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

const HOSTILE_TEXTS = [
  'plain',
  'comma, inside',
  'quote " inside',
  '"quoted"',
  'line\nbreak',
  'carriage\rreturn',
  'crlf\r\ninside',
  '=HYPERLINK("http://example.com","x")',
  '+1 nice staff',
  '-2 awful',
  '@SUM(A1)',
  '\tTabbed',
  '\r=1+1',
  '  =1+1',
  'שלום, עולם',
  '😀',
  '',
];

describe('formatCsv', () => {
  it('writes RFC 4180 that reads back to the same cells, one row per note, formulas neutralised', () => {
    const cell = HOSTILE_TEXTS.map((text, index) => ({ id: `n${index}`, text, votes: index, score: index % 2 === 0 ? -1.5 : undefined }));
    const cleanCell = cell.map(({ score, ...note }) => (score === undefined ? note : { ...note, score }));
    const journey = createJourneyFixture({
      cell: cleanCell,
      persona: [{ id: 'p1', text: 'Wants it fast', votes: 0, author: '=Ana', color: 'Yellow' }],
      unplaced: [{ id: 'u1', text: 'Dragged out', votes: 1, reason: 'near-map' }],
    });
    const text = formatCsv(journey);
    expect(text.startsWith(CSV_BYTE_ORDER_MARK)).toBe(true);
    const records = parseCsv(text.slice(CSV_BYTE_ORDER_MARK.length));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + HOSTILE_TEXTS.length + 2);
    const rows = records.slice(1).map((record) => Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, record[index]])));
    HOSTILE_TEXTS.forEach((original, index) => {
      const row = rows[index]!;
      const dangerous = /^\s*[=+\-@\t\r]/.test(original);
      // A line break starts a line a spreadsheet may read as a cell of its own, guarded like the first.
      expect(row['text']).toBe(original === '\r=1+1' ? "'\r'=1+1" : dangerous ? `'${original}` : original);
      expect(row).toMatchObject({ stage: 'Purchase', lane: 'Pain points', votes: String(index), id: `n${index}`, placement: 'cell' });
      expect(row['score']).toBe(index % 2 === 0 ? '-1.5' : '');
    });
    expect(rows[HOSTILE_TEXTS.length]).toMatchObject({ stage: '', lane: 'Persona', text: 'Wants it fast', author: "'=Ana", color: 'Yellow', placement: 'persona' });
    expect(rows[HOSTILE_TEXTS.length + 1]).toMatchObject({ stage: '', lane: '', text: 'Dragged out', votes: '1', placement: 'near-map' });
    for (const row of rows) {
      expect(row['votes']).toMatch(/^\d+$/);
      expect(row['score']).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });

  it('quotes only fields that need it and ends every record with CRLF', () => {
    const text = formatCsv(createJourneyFixture({ cell: [{ id: 'a', text: 'say "hi", ok', votes: 0 }] }));
    expect(text).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\nPurchase,Pain points,"say ""hi"", ok",,0,,,a,cell,1,1,purchase,painPoints,,\r\n`);
  });

  it('keeps today\'s columns first and appends the order, ids and score source', () => {
    expect(CSV_COLUMNS.slice(0, 9)).toEqual(['stage', 'lane', 'text', 'score', 'votes', 'author', 'color', 'id', 'placement']);
    expect(CSV_COLUMNS.slice(9)).toEqual(['stage_index', 'lane_index', 'stage_id', 'lane_id', 'score_source', 'channel']);
  });

  it('gives every cell note its 1-based stage and lane place and ids, and leaves them empty outside the grid', () => {
    const journey = createJourneyFixture({
      cell: [{ id: 'a', text: 'Slow', votes: 0 }],
      persona: [{ id: 'p', text: 'Wants it fast', votes: 0 }],
      unplaced: [{ id: 'u', text: 'Dragged out', votes: 0, reason: 'near-map' }],
    });
    journey.stages[1]!.lanes['emotions'] = [{ id: 'e', text: 'Relieved', votes: 0, score: 1, scoreSource: 'word' }];
    const rows = parseCsv(formatCsv(journey).slice(1)).slice(1);
    const byId = new Map(rows.map((record) => [record[7], Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, record[index]]))]));
    expect(byId.get('a')).toMatchObject({ stage_index: '1', lane_index: '1', stage_id: 'purchase', lane_id: 'painPoints', score_source: '' });
    expect(byId.get('e')).toMatchObject({ stage_index: '2', lane_index: '2', stage_id: 'retention', lane_id: 'emotions', score: '1', score_source: 'word' });
    expect(byId.get('p')).toMatchObject({ stage_index: '', lane_index: '', stage_id: '', lane_id: '', placement: 'persona' });
    expect(byId.get('u')).toMatchObject({ stage_index: '', lane_index: '', stage_id: '', lane_id: '', placement: 'near-map' });
  });

  it('ends each row with the note\'s channel, empty when it has none', () => {
    const text = formatCsv(
      createJourneyFixture({ cell: [{ id: 'a', text: 'Helpline', votes: 0, channel: 'phone' }, { id: 'b', text: 'Slow', votes: 0 }] }),
    );
    expect(CSV_COLUMNS.at(-1)).toBe('channel');
    expect(text.split('\r\n').slice(1, 3)).toEqual(['Purchase,Pain points,Helpline,,0,,,a,cell,1,1,purchase,painPoints,,phone', 'Purchase,Pain points,Slow,,0,,,b,cell,1,1,purchase,painPoints,,']);
  });
  it('quotes a text that holds FigJam’s line break (U+2028) or another Unicode break', () => {
    for (const text of ['Doing\u2028what they do', 'a\u2029b', 'a\u0085b']) {
      const csv = formatCsv(createJourneyFixture({ cell: [{ id: 'a', text, votes: 0 }] }));
      expect(csv.split('\r\n')[1]).toBe(`Purchase,Pain points,"${text}",,0,,,a,cell,1,1,purchase,painPoints,,`);
    }
  });
});

describe('CSV guards from the spreadsheet\'s point of view', () => {
  it.each([
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(1)', "'＠SUM(1)"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\u0000=1+1', "'\u0000=1+1"],
    ['x;=1+1;y', "x;'=1+1;y"],
    ['a\n=1+1', "a\n'=1+1"],
    ['a\u2028 +1', "a\u2028' +1"],
    ['\r=1+1', "'\r'=1+1"],
    ['plain, text; with separators', 'plain, text; with separators'],
    ["'already quoted", "'already quoted"],
    ['ｆｕｌｌ width', 'ｆｕｌｌ width'],
    ['-2', '-2'],
    ['+1', '+1'],
    ['-0.5', '-0.5'],
    ['+.5', '+.5'],
    ['x;-2', 'x;-2'],
    ['-2+3', "'-2+3"],
    ['-2 awful', "'-2 awful"],
    ['+1e3', "'+1e3"],
    ['- 2', "'- 2"],
    ['-2\n=1', "'-2\n'=1"],
    ['－2', "'－2"],
  ])('guards %j as %j', (text, guarded) => {
    expect(neutralizeFormula(text)).toBe(guarded);
  });

  it('quotes a field holding a semicolon, a tab or a Unicode line or paragraph separator', () => {
    for (const field of ['a;b', 'a\tb', 'a\u2028b', 'a\u2029b']) expect(quoteCsvField(field)).toBe(`"${field}"`);
    expect(quoteCsvField('plain')).toBe('plain');
  });
});

describe('the invisible characters the CSV guard looks through', () => {
  it('are the Unicode spaces, controls and format characters', () => {
    const invisible = /^[\p{Zs}\p{Cf}\p{Cc}]$/u;
    const formula = new Set(['=', '+', '-', '@', "'"]);
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      const expected = invisible.test(character);
      // Every invisible character, and a sample of the rest, whose own form cannot start a formula.
      if ((!expected && code % 97 !== 0) || formula.has(character.normalize('NFKC').charAt(0))) continue;
      expect.soft(neutralizeFormula(`${character}=1`).startsWith("'"), `U+${code.toString(16)}`).toBe(expected);
    }
  });
});
