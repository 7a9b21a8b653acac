import { describe, expect, it } from 'vitest';
import { parseJourneyImport } from '../../../src/core/import/parse-journey-import';
import { slugify } from '../../../src/core/template/presets';
import { SPEC_ID_PATTERN, TemplateSpecSchema } from '../../../src/core/template/template-spec';

describe('slugify', () => {
  it.each([
    ['Awareness', 'awareness'],
    ['Post-purchase', 'post-purchase'],
    ['Considération', 'consideration'],
    ['Über uns', 'uber-uns'],
    ['予約', '予約'],
    ['病院予約', '病院予約'],
    ['حجز', 'حجز'],
    ['Бронирование', 'бронирование'],
    ['예약 확인', '예약-확인'],
    ['がっこう', 'がっこう'],
    ['Check-in / Check-out', 'check-in-check-out'],
    ['1. Discover', 's-1-discover'],
    ['🚀', 's'],
    ['ＡＢＣ', 'abc'],
  ])('makes %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(SPEC_ID_PATTERN.test(slugify(name))).toBe(true);
  });

  it('never gives a file name a path, a reserved character or a control character', () => {
    for (const name of ['../../etc/passwd', 'a\\b:c*d?e"f<g>h|i', 'tab\there\nnew', 'CON.', '  .hidden']) {
      expect(slugify(name)).toMatch(/^[^/\\:*?"<>|\s.]+$/);
    }
  });
});

describe('ids in any script', () => {
  it('are accepted by the spec, so a map can be drawn with stage id 予約', () => {
    const spec = TemplateSpecSchema.safeParse({
      title: '病院予約',
      persona: { name: '患者' },
      stages: [
        { id: '予約', name: '予約' },
        { id: 'حجز', name: 'حجز' },
      ],
      lanes: [{ id: '感情', name: '感情', kind: 'emotions' }],
    });
    expect(spec.success).toBe(true);
  });

  it('are kept by the import, each unique within the map', () => {
    const parsed = parseJourneyImport({
      schemaVersion: 1,
      title: '病院予約',
      lanes: [{ id: '感情', name: '感情', kind: 'emotions' }],
      stages: [
        { id: '予約', name: '予約', lanes: {} },
        { id: '予約 確認', name: '確認', lanes: {} },
        { id: '予約-確認', name: '確認 2', lanes: {} },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.value.spec.stages.map((stage) => stage.id)).toEqual(['予約', '予約-確認-2', '予約-確認']);
    expect(parsed.value.spec.lanes.map((lane) => lane.id)).toEqual(['感情']);
  });
});
