import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../ui/state/wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['Awareness', 10, 2, ['Awareness']],
    ['Post-purchase support', 10, 2, ['Post-purc…', 'support']],
    ['Awareness of a challenge', 7, 2, ['Awaren…', 'of a c…']],
    ['Making a decision', 10, 2, ['Making a', 'decision']],
    ['Awareness of a challenge', 10, 2, ['Awareness', 'of a chal…']],
    ['Awareness', 7, 2, ['Awaren…']],
    ['  Before  ', 10, 2, ['Before']],
    ['予約 受付 確認 完了 予約 受付', 5, 2, ['予約 受付', '確認 完…']],
    ['Researching the issue', 30, 1, ['Researching the issue']],
  ])('wraps %j at %i characters into at most %i lines', (name, maxChars, maxLines, expected) => {
    expect(wrapLabel(name, maxChars, maxLines)).toEqual(expected);
  });

  it('never gives a line longer than asked, whatever the name', () => {
    const name = 'Supercalifragilisticexpialidocious checkout with a very long stage name';
    for (const width of [4, 7, 12, 20]) {
      for (const line of wrapLabel(name, width, 2)) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
  });
});
