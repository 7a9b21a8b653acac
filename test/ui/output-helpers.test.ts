import { describe, expect, it, vi } from 'vitest';
import { copyTextAsync } from '../../ui/io/copy-text';
import type { CopyEnvironment, HiddenTextArea } from '../../ui/io/copy-text';
import { downloadText } from '../../ui/io/download-text';
import type { DownloadEnvironment } from '../../ui/io/download-text';
import { computeExportFile } from '../../ui/io/export-file';

function createDownloadEnvironment() {
  const steps: string[] = [];
  const deferred: Array<() => void> = [];
  const link = { href: '', download: '', click: () => steps.push(`click ${link.download} ${link.href}`), remove: () => steps.push('remove link') };
  const environment: DownloadEnvironment = {
    createBlob: (text, mimeType) => ({ text, mimeType }),
    createObjectUrl: (blob) => {
      steps.push(`url for ${JSON.stringify(blob)}`);
      return 'blob:1';
    },
    revokeObjectUrl: (url) => steps.push(`revoke ${url}`),
    createLink: () => link,
    appendToBody: () => steps.push('append link'),
    defer: (callback) => deferred.push(callback),
  };
  return { environment, steps, deferred };
}

function createCopyEnvironment(options: { execResult: boolean | 'throws'; clipboard?: 'works' | 'refuses' }) {
  const steps: string[] = [];
  const textArea: HiddenTextArea & { attributes: Record<string, string> } = {
    value: '',
    attributes: {},
    setAttribute(name, value) {
      this.attributes[name] = value;
    },
    select: () => steps.push('select'),
    remove: () => steps.push('remove textarea'),
  };
  const writeText = vi.fn(async (text: string) => {
    if (options.clipboard === 'refuses') throw new Error('NotAllowedError');
    steps.push(`clipboard ${text}`);
  });
  const environment: CopyEnvironment = {
    createTextArea: () => textArea,
    appendToBody: () => steps.push('append textarea'),
    execCopy: () => {
      if (options.execResult === 'throws') throw new Error('SecurityError');
      steps.push(`exec copy ${textArea.value}`);
      return options.execResult;
    },
    saveFocus: () => () => steps.push('restore focus'),
    clipboard: options.clipboard === undefined ? undefined : { writeText },
  };
  return { environment, steps, textArea, writeText };
}

describe('computeExportFile', () => {
  it('names the file after the map title with the format extension', () => {
    expect(computeExportFile('Sarah buys a jacket!', 'markdown')).toEqual({
      fileName: 'sarah-buys-a-jacket.md',
      mimeType: 'text/markdown;charset=utf-8',
    });
    expect(computeExportFile('Parcours client', 'csv').fileName).toBe('parcours-client.csv');
    expect(computeExportFile('病院予約', 'json').fileName).toBe('病院予約.json');
    expect(computeExportFile('حجز موعد', 'csv').fileName).toBe('حجز-موعد.csv');
    expect(computeExportFile('Report: Q3/Q4 <draft>?', 'json').fileName).toBe('report-q3-q4-draft.json');
    expect(computeExportFile('🚀 !!!', 'markdown').fileName).toBe('journey-map.md');
  });
});

describe('downloadText', () => {
  it('clicks a link to a blob of the text and revokes the URL afterwards', () => {
    const { environment, steps, deferred } = createDownloadEnvironment();
    downloadText(environment, '{"a":1}', { fileName: 'map.json', mimeType: 'application/json' });
    expect(steps).toEqual([
      'url for {"text":"{\\"a\\":1}","mimeType":"application/json"}',
      'append link',
      'click map.json blob:1',
      'remove link',
    ]);
    expect(deferred).toHaveLength(1);
    deferred[0]!();
    expect(steps[steps.length - 1]).toBe('revoke blob:1');
  });
});

describe('copyTextAsync', () => {
  it('copies through a hidden, read-only text area first', async () => {
    const { environment, steps, textArea, writeText } = createCopyEnvironment({ execResult: true, clipboard: 'works' });
    await expect(copyTextAsync(environment, 'a,b')).resolves.toBe(true);
    expect(steps).toEqual(['append textarea', 'select', 'exec copy a,b', 'remove textarea', 'restore focus']);
    expect(textArea.attributes).toMatchObject({ readonly: '', 'aria-hidden': 'true', tabindex: '-1' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to navigator.clipboard when execCommand refuses or throws', async () => {
    for (const execResult of [false, 'throws'] as const) {
      const { environment, steps } = createCopyEnvironment({ execResult, clipboard: 'works' });
      await expect(copyTextAsync(environment, 'a,b')).resolves.toBe(true);
      expect(steps.slice(-3)).toEqual(['remove textarea', 'restore focus', 'clipboard a,b']);
    }
  });

  it('says false when neither way works', async () => {
    await expect(copyTextAsync(createCopyEnvironment({ execResult: false, clipboard: 'refuses' }).environment, 'x')).resolves.toBe(false);
    await expect(copyTextAsync(createCopyEnvironment({ execResult: false }).environment, 'x')).resolves.toBe(false);
  });
});
