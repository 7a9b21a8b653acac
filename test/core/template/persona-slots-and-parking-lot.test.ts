import { describe, expect, it } from 'vitest';
import { computeMapLayout } from '../../../src/core/template/compute-map-layout';
import { computeRenderPlan } from '../../../src/core/template/compute-render-plan';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { derivePersonaInitials, PERSONA_SLOT_IDS } from '../../../src/core/template/persona-slots';
import { withDrawnMapParts, withNewMapParts } from '../../../src/core/template/with-new-map-parts';
import { TemplateSpecSchema } from '../../../src/core/template/template-spec';
import { rectContainsRect, rectsOverlap } from '../../../src/core/shared/geometry';
import type { MapSnapshot, NoteSnapshot } from '../../../src/core/board/board-snapshot';
import { placeNotes } from '../../../src/core/placement/place-notes';
import { computeJourney } from '../../../src/core/journey/compute-journey';
import { formatCsv } from '../../../src/core/formats/format-csv';
import { formatMarkdown } from '../../../src/core/formats/format-markdown';
import { JourneySchema } from '../../../src/core/journey/journey-schema';

const ORIGIN = { x: 1000, y: -500 };
const plain = createDefaultSpec();
const slotted = withNewMapParts({ ...plain, persona: { ...plain.persona, name: 'Maya Lin', role: 'Busy parent, 38' } });

describe('the persona card with slots and the parking lot', () => {
  it('are off in a spec that does not ask for them, so a map drawn before is laid out as it was', () => {
    const stored = TemplateSpecSchema.parse(JSON.parse(JSON.stringify(plain)));
    expect(stored.options.personaSlots).toBeUndefined();
    const layout = computeMapLayout(stored, ORIGIN);
    expect(layout.persona.slots).toBeUndefined();
    expect(layout.parkingLot).toBeUndefined();
    const keys = computeRenderPlan(stored, layout).parts.map((part) => part.key);
    expect(keys.filter((key) => key.startsWith('persona-') || key.startsWith('parking-lot'))).toEqual(['persona-card']);
  });

  it('are on for a new map unless its spec says no, and an edit keeps what the map has', () => {
    expect(withNewMapParts(plain).options).toMatchObject({ personaSlots: true, parkingLot: true });
    const declined = { ...plain, options: { ...plain.options, personaSlots: false, parkingLot: false } };
    expect(withNewMapParts(declined).options).toMatchObject({ personaSlots: false, parkingLot: false });
    expect(withDrawnMapParts(plain, { personaSlots: true, parkingLot: false }).options).toMatchObject({ personaSlots: true, parkingLot: false });
    expect(withDrawnMapParts(declined, { personaSlots: true, parkingLot: true }).options).toMatchObject({ personaSlots: false, parkingLot: false });
  });

  it('lays the four slots out in the persona section, apart, and the parking lot right of the grid inside the map', () => {
    const layout = computeMapLayout(slotted, ORIGIN);
    const slots = layout.persona.slots!;
    expect(slots.map((slot) => slot.slotId)).toEqual(PERSONA_SLOT_IDS);
    expect(slots.map((slot) => slot.name)).toEqual(['Goals', 'Needs', 'Frustrations', 'Quote']);
    for (const [index, slot] of slots.entries()) {
      expect(rectContainsRect(layout.persona.section, slot.rect)).toBe(true);
      expect(rectContainsRect(slot.rect, slot.hint.rect)).toBe(true);
      expect(rectsOverlap(slot.rect, layout.persona.card.rect)).toBe(false);
      for (const other of slots.slice(index + 1)) expect(rectsOverlap(slot.rect, other.rect)).toBe(false);
    }
    const details = layout.persona.details!;
    expect([details.name.text, details.name.fontStyle, details.role?.text, details.initials.text]).toEqual(['Maya Lin', 'Bold', 'Busy parent, 38', 'ML']);
    for (const box of [details.initials, details.name, details.role!, details.description]) {
      expect(rectContainsRect(layout.persona.card.rect, box.rect)).toBe(true);
    }
    const lot = layout.parkingLot!.section;
    expect(rectContainsRect(layout.bounds, lot)).toBe(true);
    expect(lot.x).toBeGreaterThan(layout.grid.x + layout.grid.width);
    expect([lot.y, lot.height]).toEqual([layout.grid.y, layout.grid.height]);
    expect(rectContainsRect(lot, layout.parkingLot!.instruction.rect)).toBe(true);
    expect(rectsOverlap(lot, layout.persona.section)).toBe(false);
  });

  it('draws each slot as a section in the persona section, tagged with its slot, and the parking lot in the map', () => {
    const plan = computeRenderPlan(slotted, computeMapLayout(slotted, ORIGIN));
    const slots = plan.parts.filter((part) => part.tags.role === 'persona-slot');
    expect(slots.map((part) => [part.key, part.type, part.parentKey, part.tags.slotId, part.name])).toEqual([
      ['persona-slot:goals', 'SECTION', 'persona', 'goals', 'Goals'],
      ['persona-slot:needs', 'SECTION', 'persona', 'needs', 'Needs'],
      ['persona-slot:frustrations', 'SECTION', 'persona', 'frustrations', 'Frustrations'],
      ['persona-slot:quote', 'SECTION', 'persona', 'quote', 'Quote'],
    ]);
    const lot = plan.parts.find((part) => part.key === 'parking-lot')!;
    expect([lot.type, lot.parentKey, lot.name]).toEqual(['SECTION', 'map', 'Parking lot']);
    // Parents come before their children, each key once.
    const seen = new Set<string>();
    for (const part of plan.parts) {
      if (part.parentKey !== null) expect(seen.has(part.parentKey)).toBe(true);
      expect(seen.has(part.key)).toBe(false);
      seen.add(part.key);
    }
  });

  it('derives initials from the first two words of the name', () => {
    expect(derivePersonaInitials('maya lin chen')).toBe('ML');
    expect(derivePersonaInitials('Émile')).toBe('É');
    expect(derivePersonaInitials('  "Sam" ')).toBe('S');
    expect(derivePersonaInitials('…')).toBe('?');
  });
});

function note(id: string, text: string, x: number, y: number, parentId: string | null): NoteSnapshot {
  return { id, text, bounds: { x, y, width: 240, height: 240 }, color: 'Yellow', author: null, parentId, stamps: [] };
}

describe('notes in the slots and the parking lot', () => {
  const layout = computeMapLayout(slotted, ORIGIN);
  const slots = layout.persona.slots!;
  const lot = layout.parkingLot!.section;
  const map: MapSnapshot = {
    mapId: 'map-1',
    nodeId: 'map',
    title: slotted.title,
    bounds: layout.bounds,
    persona: {
      name: 'Maya Lin',
      description: '',
      nodeId: 'persona',
      bounds: layout.persona.section,
      role: 'Busy parent, 38',
      slots: slots.map((slot) => ({ id: slot.slotId, nodeId: `slot-${slot.slotId}`, bounds: slot.rect })),
    },
    lanes: layout.lanes.map((lane) => ({ id: lane.laneId, name: lane.name, kind: lane.kind, nodeId: `lane-${lane.laneId}`, bounds: lane.band })),
    stages: layout.stageHeaders.map((header) => ({
      id: header.stageId,
      name: header.name,
      nodeId: `header-${header.stageId}`,
      bounds: { x: header.rect.x, y: layout.bounds.y, width: header.rect.width, height: layout.bounds.height },
    })),
    parkingLot: { nodeId: 'lot', bounds: lot },
    notes: [
      note('g1', 'Get home by six', slots[0]!.rect.x + 40, slots[0]!.rect.y + 120, 'slot-goals'),
      // Dropped on the Quote slot without FigJam moving it in: its centre says where it is.
      note('q1', '"I never have time"', slots[3]!.rect.x + 40, slots[3]!.rect.y + 120, 'persona'),
      note('c1', 'Loves the app', layout.persona.card.rect.x + 40, layout.persona.card.rect.y + 300, 'persona'),
      note('p1', 'Ask legal about returns', lot.x + 40, lot.y + 300, 'lot'),
      note('p2', 'Loyalty card?', lot.x + 40, lot.y + 600, 'map'),
      note('e1', '   ', lot.x + 40, lot.y + 900, 'lot'),
    ],
  };

  it('export under persona.slots and parkingLot, each note once, none unplaced', () => {
    const journey = computeJourney(map, placeNotes(map), { exportedAt: 'now', pluginVersion: 'test', page: 'Page' });
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(journey.persona?.role).toBe('Busy parent, 38');
    expect(journey.persona?.notes.map((entry) => entry.id)).toEqual(['c1']);
    expect(Object.fromEntries(Object.entries(journey.persona!.slots!).map(([slot, notes]) => [slot, notes.map((entry) => entry.id)]))).toEqual({
      goals: ['g1'],
      needs: [],
      frustrations: [],
      quote: ['q1'],
    });
    expect(journey.persona?.slots?.quote[0]?.quote).toBe(true);
    expect(journey.parkingLot?.map((entry) => entry.id)).toEqual(['p1', 'p2']);
    expect(journey.unplaced).toEqual([]);
    expect(journey.summary.counts).toMatchObject({ notes: 5, persona: 3, unplaced: 0, parkingLot: 2 });
    expect(journey.summary.emptyNotes).toBe(1);
  });

  it('are rows of the CSV and sections of the Markdown report', () => {
    const journey = computeJourney(map, placeNotes(map), { exportedAt: 'now', pluginVersion: 'test', page: 'Page' });
    const rows = formatCsv(journey).trimEnd().split('\r\n');
    expect(rows.find((row) => row.includes('Get home by six'))).toMatch(/^,Persona: Goals,Get home by six,.*,persona:goals,/);
    expect(rows.find((row) => row.includes('Ask legal'))).toMatch(/^,Parking lot,Ask legal about returns,.*,parking-lot,/);
    const markdown = formatMarkdown(journey);
    expect(markdown).toMatch(/### Goals\n\n- Get home by six/);
    expect(markdown).toMatch(/### Needs\n\nNothing here yet\./);
    expect(markdown).toMatch(/## Parking lot\n\n- Ask legal about returns\n- Loyalty card\?/);
  });
});
