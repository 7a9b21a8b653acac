import type { LaneKind } from '../shared/lane-kinds';
import { LETTER_CHARACTERS } from '../shared/letter-characters';
import type { LaneSpec, StageSpec, TemplateSpec } from './template-spec';
import { TemplateSpecSchema } from './template-spec';

export interface StagePreset {
  id: string;
  name: string;
  stages: StageSpec[];
}

export interface LanePreset extends LaneSpec {
  instruction: string;
  /** Standard lanes are ticked in a new map; the others are offered. */
  isDefault: boolean;
}

const NOT_ID_CHARACTERS = new RegExp(`[^${LETTER_CHARACTERS}0-9]+`, 'g');
const STARTS_WITH_LETTER = new RegExp(`^[${LETTER_CHARACTERS}]`);

/**
 * Lower-case words joined by "-", for ids and file names made from names a person typed. Letters of every script
 * are kept ("予約", "حجز"), so a map in Japanese or Arabic gets ids and file names that mean something; Latin
 * accents are folded ("Considération" gives "consideration", as ids made before did). Everything else (spaces,
 * punctuation, emoji, "/" and other characters unsafe in a file name) becomes one "-".
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_ID_CHARACTERS, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return STARTS_WITH_LETTER.test(slug) ? slug : `s-${slug}`.slice(0, 40).replace(/-+$/g, '');
}

function stages(...names: string[]): StageSpec[] {
  return names.map((name) => ({ id: slugify(name), name }));
}

export const STAGE_PRESETS: readonly StagePreset[] = [
  {
    id: 'classic',
    name: 'Awareness to advocacy',
    stages: stages('Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'),
  },
  { id: 'five-as', name: "The 5 A's", stages: stages('Aware', 'Appeal', 'Ask', 'Act', 'Advocate') },
  { id: 'short', name: 'Short classic', stages: stages('Awareness', 'Consideration', 'Purchase', 'Post-purchase') },
  { id: 'interest', name: 'Awareness to purchase', stages: stages('Awareness', 'Interest', 'Consideration', 'Purchase') },
  { id: 'installation', name: 'Inquiry to installation', stages: stages('Inquiry', 'Comparison', 'Purchase', 'Installation') },
  {
    id: 'b2b',
    name: 'B2B services',
    stages: stages('Awareness of a challenge', 'Researching the issue', 'Evaluating solutions', 'Making a decision'),
  },
  { id: 'service', name: 'Service', stages: stages('Before', 'During', 'After') },
];

function lane(id: string, name: string, kind: LaneKind, instruction: string, isDefault: boolean): LanePreset {
  return { id, name, kind, instruction, isDefault };
}

export const LANE_PRESETS: readonly LanePreset[] = [
  lane('touchpoints', 'Touchpoints', 'touchpoints', 'Where does the customer meet us? Ad, site, app, store, email, call', true),
  lane('actions', 'Customer actions', 'actions', 'What is the customer doing or trying to do?', true),
  lane('thoughts', 'Thoughts', 'thoughts', 'What do they think, ask or say?', true),
  lane('emotions', 'Emotions', 'emotions', 'How do they feel? Higher is happier, or write +2 to -2, or an emoji', true),
  lane('painPoints', 'Pain points', 'painPoints', 'What gets in their way? Vote on the worst ones', true),
  lane('opportunities', 'Opportunities', 'opportunities', 'How could we make this stage better?', true),
  lane('frontstage', 'Frontstage', 'frontstage', 'People and systems the customer deals with directly', false),
  lane('backstage', 'Backstage', 'backstage', 'Processes and teams the customer does not see', false),
  lane('goals', 'Goals and needs', 'custom', 'What does the customer want to achieve here?', false),
  lane('momentsThatMatter', 'Moments that matter', 'custom', 'Which moments make or break the experience?', false),
  lane('metrics', 'KPIs and metrics', 'custom', 'How do we measure this stage?', false),
  lane('owners', 'Owners and actions', 'custom', 'Who owns the fix, and what is the next step?', false),
];

export const CUSTOM_LANE_INSTRUCTION = 'Add notes for this lane';

export function instructionForLane(lane: LaneSpec): string {
  if (lane.instruction !== undefined) return lane.instruction;
  const preset = LANE_PRESETS.find((candidate) => candidate.id === lane.id || (candidate.kind === lane.kind && lane.kind !== 'custom'));
  return preset?.instruction ?? CUSTOM_LANE_INSTRUCTION;
}

export const DEFAULT_PERSONA = {
  name: 'Persona',
  description: 'Who is this map about? Their goal, needs and the scenario being mapped.',
};

export function createDefaultSpec(): TemplateSpec {
  return TemplateSpecSchema.parse({
    title: 'Customer journey map',
    persona: DEFAULT_PERSONA,
    stages: STAGE_PRESETS[0]!.stages,
    lanes: LANE_PRESETS.filter((preset) => preset.isDefault).map(({ id, name, kind }) => ({ id, name, kind })),
  });
}

/** The parking lot's section name and the line in it telling participants what goes there. */
export const PARKING_LOT_NAME = 'Parking lot';
export const PARKING_LOT_INSTRUCTION = 'Questions and ideas that fit no cell yet: park them here and come back to them.';
