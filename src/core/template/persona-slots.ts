import { LETTER_CHARACTERS } from '../shared/letter-characters';

/**
 * The slots of the persona card, in the order they are drawn left to right and exported. Each is a section in the
 * persona section, so a note dropped in one belongs to it; its id is the key under `persona.slots` in the export.
 */
export const PERSONA_SLOTS = [
  { id: 'goals', name: 'Goals', hint: 'What they want to achieve' },
  { id: 'needs', name: 'Needs', hint: 'What they need from us to get there' },
  { id: 'frustrations', name: 'Frustrations', hint: 'What gets in their way today' },
  { id: 'quote', name: 'Quote', hint: 'Something they said, in their own words' },
] as const;

export type PersonaSlotId = (typeof PERSONA_SLOTS)[number]['id'];

export const PERSONA_SLOT_IDS: readonly PersonaSlotId[] = PERSONA_SLOTS.map((slot) => slot.id);

export function isPersonaSlotId(value: string): value is PersonaSlotId {
  return (PERSONA_SLOT_IDS as readonly string[]).includes(value);
}

/** What comes before a word's first letter or digit (spelled out: `\p{L}` is ES2018 and the sandbox is ES2017). */
const LEADING_NON_LETTERS = new RegExp(`^[^${LETTER_CHARACTERS}0-9]+`, 'u');

/** The placeholder on the card: the first letter of the name's first two words, upper case; "?" for none. */
export function derivePersonaInitials(name: string): string {
  const letters = name
    .split(/\s+/u)
    .map((word) => Array.from(word.replace(LEADING_NON_LETTERS, ''))[0] ?? '')
    .filter((letter) => letter !== '')
    .slice(0, 2)
    .join('');
  return letters === '' ? '?' : letters.toUpperCase();
}
