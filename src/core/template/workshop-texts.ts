import type { LaneKind } from '../shared/lane-kinds';

/** The texts of the workshop panels beside a map: what a facilitator would say, in one place. */
export const WORKSHOP_TEXTS = {
  legendHeading: 'Legend',
  stamps:
    'Stamps and votes: 👍, ⭐, ❤️ or a dot on a note is a vote; the notes with the most votes are fixed first. 👎 and ❓ are counted, but not as votes.',
  emotionLine: 'The dots on the emotion lane show the average feeling of each stage: higher is happier.',
  howToHeading: 'How to use this board (60 minutes)',
  howToSteps: [
    '1. Set the scene (5 min): read the persona and the scenario out loud. Agree who we are mapping, and for which journey.',
    '2. Walk the stages (10 min): go left to right through the numbered stages. Rename or add any that are missing.',
    '3. Silent writing (15 min): everyone adds notes to the lanes, one idea per note. Do not discuss yet.',
    '4. Share and cluster (10 min): each person reads their notes aloud. Group duplicates, place feelings high or low on the emotion lane.',
    '5. Vote (5 min): each person stamps the three worst pain points.',
    '6. Opportunities (10 min): for the top pain points, write how we could do better in the Opportunities lane.',
    '7. Wrap up (5 min): name owners and next steps, then export the map.',
  ],
} as const;

/** What a lane of each kind holds, for the legend; a custom lane is described by its own instruction. */
export const LANE_KIND_MEANINGS: Record<LaneKind, string> = {
  touchpoints: 'Where the customer meets us: channels and places',
  actions: 'What the customer does',
  thoughts: 'What they think, ask or say',
  emotions: 'How they feel: higher is happier',
  painPoints: 'What gets in their way',
  opportunities: 'Ideas to make the stage better',
  frontstage: 'People and systems the customer deals with',
  backstage: 'Processes and teams the customer does not see',
  custom: 'Notes for this lane',
};
