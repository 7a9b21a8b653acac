import { describe, expect, it } from 'vitest';
import { composeImportedNoteText } from '../../../src/core/import/compose-imported-note-text';
import type { NoteMarkers } from '../../../src/core/import/compose-imported-note-text';
import { parseJourneyImport } from '../../../src/core/import/parse-journey-import';
import { USER_MESSAGES } from '../../../src/core/shared/user-messages';
import { buyStageJourney } from './buy-stage-journey';

describe('composeImportedNoteText', () => {
  const cases: Array<[note: NoteMarkers, inTouchpointLane: boolean, text: string]> = [
    [{ text: 'Hidden fees #P3', tags: ['P3'] }, false, 'Hidden fees #P3'],
    [{ text: 'Hidden fees', tags: ['P3', 'interview-4'] }, false, 'Hidden fees #P3 #interview-4'],
    [{ text: 'Hidden fees #P3', tags: ['P3', 'survey'] }, false, 'Hidden fees #P3 #survey'],
    [{ text: 'E-mail receipt', channel: 'email' }, true, 'E-mail receipt'],
    [{ text: 'E-mail receipt', channel: 'email' }, false, 'E-mail receipt #email'],
    [{ text: 'Receipt', channel: 'email' }, true, 'Receipt #email'],
    [{ text: 'Receipt #email', channel: 'email', tags: ['email'] }, true, 'Receipt #email'],
    [{ text: 'Receipt', channel: 'in-person', tags: ['in-person'] }, true, 'Receipt #in-person'],
    [{ text: 'SMS with a link', channel: 'email' }, true, 'SMS with a link #email'],
    [{ text: '“Too slow”', quote: true }, false, '“Too slow”'],
    [{ text: 'Too slow ', quote: true }, false, '“Too slow”'],
    [{ text: '“Too slow”', quote: false }, false, '“Too slow”'],
    [{ text: '', tags: ['P3'] }, false, '#P3'],
    [{ text: 'Plain' }, true, 'Plain'],
  ];

  it.each(cases)('%j in a touchpoint lane %s is drawn as %j', (note, inTouchpointLane, text) => {
    expect(composeImportedNoteText(note, inTouchpointLane)).toBe(text);
  });
});

describe('parseJourneyImport with channels, tags and quotes', () => {
  const journey = {
    ...buyStageJourney('Written by hand', {
      touchpoints: [{ text: 'Receipt', channel: 'email' }, { text: 'E-mail receipt', channel: 'email' }],
      painPoints: [{ text: 'Fees came late', tags: ['P3'], quote: true }],
    }),
    persona: { name: 'Ana', notes: [{ text: 'Wants speed', tags: ['survey'] }] },
    unplaced: [{ text: 'Later', tags: ['backlog'] }],
  };

  it('writes what the text does not say into it, so the board and its export carry it', () => {
    const parsed = parseJourneyImport(journey);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const stage = parsed.value.journey.stages[0]!;
    expect(stage.lanes['touchpoints']!.map((note) => note.text)).toEqual(['Receipt #email', 'E-mail receipt']);
    expect(stage.lanes['painPoints']!.map((note) => note.text)).toEqual(['“Fees came late” #P3']);
    expect(parsed.value.journey.persona!.notes!.map((note) => note.text)).toEqual(['Wants speed #survey']);
    expect(parsed.value.journey.unplaced!.map((note) => note.text)).toEqual(['Later #backlog']);
  });

  it('refuses a tag the board could not hold, an unknown channel, and names the place', () => {
    const bad = structuredClone(journey) as unknown as { stages: Array<{ lanes: Record<string, Array<Record<string, unknown>>> }> };
    bad.stages[0]!.lanes['painPoints']![0]!['tags'] = ['two words'];
    bad.stages[0]!.lanes['touchpoints']![0]!['channel'] = 'fax';
    const parsed = parseJourneyImport(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        `stages[0].lanes.painPoints[0].tags[0]: ${USER_MESSAGES.importBadTag}`,
        expect.stringMatching(/^stages\[0\]\.lanes\.touchpoints\[0\]\.channel: expected "web" or /),
      ]),
    );
  });
});
