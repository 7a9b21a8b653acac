import { describe, expect, it } from 'vitest';
import { SandboxToUiSchema } from '../../../src/core/protocol/protocol';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { createJourneyFixture } from '../../ui/journey-fixture';

/** The answers' counts keep their shapes: whole numbers from 0, and the optional ones left out rather than 0. */
describe('the counts of the sandbox answers', () => {
  const mapImported = { type: 'map-imported', requestId: 'r1', mapId: 'm', nodeId: '1:1', updated: false, notesAdded: 3, notesKept: 0 };
  const mapExported = { type: 'map-exported', requestId: 'r1', format: 'json', journey: createJourneyFixture(), text: '{}' };

  it('takes whole counts from 0 and refuses negative or fractional ones', () => {
    expect(SandboxToUiSchema.safeParse(mapImported).success).toBe(true);
    expect(SandboxToUiSchema.safeParse({ ...mapImported, notesAdded: -1 }).success).toBe(false);
    expect(SandboxToUiSchema.safeParse({ ...mapImported, notesKept: 1.5 }).success).toBe(false);
  });

  it('takes an optional count of at least 1, or none, never 0', () => {
    expect(SandboxToUiSchema.safeParse({ ...mapImported, namesFitted: 2, namesBlank: 1 }).success).toBe(true);
    expect(SandboxToUiSchema.safeParse({ ...mapImported, namesBlank: 0 }).success).toBe(false);
    expect(SandboxToUiSchema.safeParse(mapExported).success).toBe(true);
    expect(SandboxToUiSchema.safeParse({ ...mapExported, textChunks: 2 }).success).toBe(true);
    expect(SandboxToUiSchema.safeParse({ ...mapExported, textChunks: 0 }).success).toBe(false);
  });

  it('counts the notes of each place by id, each from 0', () => {
    const mapSpec = SandboxToUiSchema.safeParse({
      type: 'map-spec',
      requestId: 'r1',
      mapId: 'm',
      spec: createDefaultSpec(),
      notesByLane: { touchpoints: 2, emotions: 0 },
      notesByStage: { awareness: -1 },
    });
    expect(mapSpec.success).toBe(false);
    expect(mapSpec.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['notesByStage.awareness']);
  });
});
