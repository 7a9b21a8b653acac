/** A note as a person writes it in a journey to import: what its text leaves out, the import writes into it. */
export interface HandWrittenNote {
  text: string;
  channel?: string;
  tags?: string[];
  quote?: boolean;
  votes?: number;
}

/**
 * A journey to import with one "Buy" stage and two lanes, touchpoints and pain points, holding the given notes:
 * the smallest map where a channel can be implied by its lane or must be written out.
 */
export function buyStageJourney(title: string, notes: { touchpoints: HandWrittenNote[]; painPoints: HandWrittenNote[] }) {
  return {
    schemaVersion: 1,
    title,
    lanes: [
      { id: 'touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'painPoints', name: 'Pain points', kind: 'painPoints' },
    ],
    stages: [{ id: 'buy', name: 'Buy', lanes: { touchpoints: notes.touchpoints, painPoints: notes.painPoints } }],
  };
}
