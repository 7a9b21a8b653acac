import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyLanes, matchLaneLabel, normalizeLaneLabel, readLaneName } from '../../../../src/core/board/grid-inference/lane-vocabulary';
import { isKnownStageHeader, readStageName } from '../../../../src/core/board/grid-inference/stage-vocabulary';
import { LANE_PRESETS } from '../../../../src/core/template/presets';

describe('lane vocabulary', () => {
  it.each([
    ['Touchpoints', 'touchpoints'],
    ['Touch points', 'touchpoints'],
    ['Touch-Points:', 'touchpoints'],
    ['Channels', 'touchpoints'],
    ['Points de contact', 'touchpoints'],
    ['Berührungspunkte', 'touchpoints'],
    ['Puntos de contacto', 'touchpoints'],
    ['Doing', 'actions'],
    ['Actions', 'actions'],
    ['Customer actions', 'actions'],
    ['User action', 'actions'],
    ['Behaviour', 'actions'],
    ['Actions du client', 'actions'],
    ['Acciones del cliente', 'actions'],
    ['Kundenaktionen', 'actions'],
    ['Thinking', 'thoughts'],
    ['Thoughts', 'thoughts'],
    ['PENSÉES', 'thoughts'],
    ['Feeling', 'emotions'],
    ['Emotions', 'emotions'],
    ['Mood', 'emotions'],
    ['Gefühle', 'emotions'],
    ['Emociones', 'emotions'],
    ['😀 Emotions', 'emotions'],
    ['Pain points', 'painPoints'],
    ['Pains', 'painPoints'],
    ['Frustrations', 'painPoints'],
    ['Problems', 'painPoints'],
    ['Points de friction', 'painPoints'],
    ['Schmerzpunkte', 'painPoints'],
    ['Puntos de dolor', 'painPoints'],
    ['Opportunities', 'opportunities'],
    ['Ideas', 'opportunities'],
    ['Improvements', 'opportunities'],
    ['Opportunités', 'opportunities'],
    ['Chancen', 'opportunities'],
    ['Oportunidades', 'opportunities'],
    ['Frontstage', 'frontstage'],
    ['On stage', 'frontstage'],
    ['Backstage', 'backstage'],
    ['Back office', 'backstage'],
    ['3. Pain points\nWhat gets in the way?', 'painPoints'],
  ])('reads "%s" as the %s lane', (label, id) => {
    expect(matchLaneLabel(label)?.id).toBe(id);
  });

  it('knows every lane preset by its own name', () => {
    for (const preset of LANE_PRESETS) expect(matchLaneLabel(preset.name), preset.name).toEqual({ id: preset.id, kind: preset.kind });
  });

  it.each(['Support team', 'Stage', 'Awareness', 'Notes', ''])('does not know "%s"', (label) => {
    expect(matchLaneLabel(label)).toBeNull();
  });

  it('keeps unknown labels as custom lanes with unique ids, and repeated lanes apart', () => {
    expect(identifyLanes(['Doing', 'Support team', 'Actions', 'Support team', 'Emotions'])).toEqual([
      { id: 'actions', kind: 'actions', name: 'Doing', known: true },
      { id: 'support-team', kind: 'custom', name: 'Support team', known: false },
      { id: 'actions-2', kind: 'actions', name: 'Actions', known: true },
      { id: 'support-team-2', kind: 'custom', name: 'Support team', known: false },
      { id: 'emotions', kind: 'emotions', name: 'Emotions', known: true },
    ]);
  });

  it('gives unique, non-empty ids to any labels', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (labels) => {
        const ids = identifyLanes(labels).map((lane) => lane.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).not.toBe('');
      }),
    );
  });

  it('normalises case, accents, punctuation and plurals alike', () => {
    fc.assert(
      fc.property(fc.constantFrom('Pain point', 'Touchpoint', 'Emotion', 'Opportunity'), fc.boolean(), (label, upper) => {
        const plural = label.endsWith('y') ? `${label.slice(0, -1)}ies` : `${label}s`;
        const variant = upper ? `${plural.toUpperCase()}!` : ` ${plural} `;
        expect(normalizeLaneLabel(variant)).toBe(normalizeLaneLabel(label));
      }),
    );
  });
  it('reads a label up to its first line break, whichever break FigJam or another tool wrote', () => {
    // Shift+Enter in FigJam stores U+2028; files from other tools bring U+2029, CR, NEL.
    const labels = ['Doing\u2028what they do', 'Touchpoints\u2029(channels)', 'Mood\rof the day', '\u2028Pain points\u0085per stage'];
    expect(identifyLanes(labels).map((lane) => `${lane.id}:${lane.name}`)).toEqual([
      'actions:Doing',
      'touchpoints:Touchpoints',
      'emotions:Mood',
      'painPoints:Pain points',
    ]);
  });
});

describe('names wrapped with Shift+Enter (U+2028)', () => {
  it('reads the wrapped lines as one name when the vocabulary knows them together', () => {
    expect(identifyLanes(['Pain\u2028points', 'Customer\u2028actions', 'Touch\u2028points']).map(({ name, kind }) => `${name}: ${kind}`)).toEqual([
      'Pain points: painPoints',
      'Customer actions: actions',
      // "Touch points" is how the vocabulary's "Touch-points" reads too.
      'Touch points: touchpoints',
    ]);
  });

  it('keeps the first line when only it is a name, and the rest describes the lane', () => {
    expect(readLaneName('Touchpoints\u2028Where they meet us: ads, app, store')).toBe('Touchpoints');
    expect(matchLaneLabel('Touchpoints\u2028Where they meet us: ads, app, store')?.kind).toBe('touchpoints');
  });

  it('reads a short unknown name whole, a long one by its first line, and a paragraph break as a new line', () => {
    expect(readLaneName('Partner\u2028systems')).toBe('Partner systems');
    expect(readLaneName(`Partner\u2028${'systems the support desk looks at while the customer waits '.repeat(2)}`)).toBe('Partner');
    expect(readLaneName('Pain\npoints')).toBe('Pain');
    expect(readLaneName('Pain\u2029points')).toBe('Pain');
  });

  it('names stages the same way', () => {
    expect(readStageName('Post\u2028purchase')).toBe('Post purchase');
    expect(isKnownStageHeader('Post\u2028purchase')).toBe(true);
  });
});
