import { describe, expect, it } from 'vitest';
import { computeOutputPreview } from '../../ui/state/compute-output-preview';

describe('computeOutputPreview', () => {
  it('shows the first lines of a long text and counts them all', () => {
    const text = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n');
    const preview = computeOutputPreview(text);
    expect(preview.text.split('\n')).toEqual(Array.from({ length: 12 }, (_, index) => `line ${index + 1}`));
    expect(preview).toMatchObject({ shownLines: 12, totalLines: 30 });
  });

  it('reads a CSV as a spreadsheet does: no byte-order mark, no carriage returns, no empty last line', () => {
    const preview = computeOutputPreview('\uFEFFstage,lane,text\r\nBuy,Fees,"Too high"\r\n');
    expect(preview).toEqual({ text: 'stage,lane,text\nBuy,Fees,"Too high"', shownLines: 2, totalLines: 2 });
  });

  it('keeps empty lines in their place, and cuts a line too long for the panel', () => {
    const long = 'x'.repeat(500);
    const preview = computeOutputPreview(`# Title\n\n${long}\nend`);
    const lines = preview.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['# Title', '']);
    expect(lines[2]).toHaveLength(160);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[3]).toBe('end');
    expect(preview.totalLines).toBe(4);
  });

  it('shows nothing for an empty text', () => {
    expect(computeOutputPreview('')).toEqual({ text: '', shownLines: 0, totalLines: 0 });
  });
});
