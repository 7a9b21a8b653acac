import type { LaneKind } from '../../shared/lane-kinds';
import { slugify } from '../../template/presets';
import { createUniqueId } from '../../shared/create-unique-id';
import { readFirstLine, readFirstParagraph } from '../../shared/split-text-lines';

export interface KnownLane {
  /** The lane id Journey Lanes gives this lane in its own templates (see LANE_PRESETS). */
  id: string;
  kind: LaneKind;
}

export interface LaneIdentity extends KnownLane {
  /** The label as written on the board, first line only. */
  name: string;
  /** False for a label the vocabulary does not know: it is kept as a custom lane. */
  known: boolean;
}

interface VocabularyEntry extends KnownLane {
  /** How teams write this lane's label, in English, French, German and Spanish. */
  labels: readonly string[];
}

/**
 * Labels are compared after `normalizeLaneLabel`, so each is listed once in any case, with or without accents,
 * spaces, hyphens or an English plural. Plurals of other languages are listed where they differ.
 */
const VOCABULARY: readonly VocabularyEntry[] = [
  {
    id: 'touchpoints',
    kind: 'touchpoints',
    labels: [
      'Touchpoints', 'Touch points', 'Touchpoints and channels', 'Channels', 'Channels and touchpoints', 'Contact points',
      'Points de contact', 'Point de contact', 'Canaux', 'Canal', 'Points de contact et canaux',
      'Berührungspunkte', 'Berührungspunkt', 'Kontaktpunkte', 'Kontaktpunkt', 'Kanäle', 'Kanal', 'Touchpunkte',
      'Puntos de contacto', 'Punto de contacto', 'Canales', 'Canal de contacto', 'Puntos de interacción',
    ],
  },
  {
    id: 'actions',
    kind: 'actions',
    labels: [
      'Doing', 'Does', 'Actions', 'Behaviour', 'Behavior', 'Behaviours', 'Activities', 'Activity', 'Tasks',
      'What they do', 'What the customer does', 'Actions du client', 'Activités', 'Comportement', 'Comportements',
      'Ce qu’il fait', 'Fait', 'Aktionen', 'Handlungen', 'Tätigkeiten', 'Aktivitäten', 'Verhalten', 'Tun',
      'Kundenaktionen', 'Was tut der Kunde', 'Acciones', 'Acción', 'Acciones del cliente', 'Actividades',
      'Comportamiento', 'Hace', 'Haciendo', 'Qué hace',
    ],
  },
  {
    id: 'thoughts',
    kind: 'thoughts',
    labels: [
      'Thinking', 'Thoughts', 'Thinks', 'Questions', 'Says', 'Thinking and saying', 'Thoughts and questions',
      'What they think', 'Pensées', 'Pensée', 'Réflexions', 'Ce qu’il pense', 'Pense', 'Gedanken', 'Denken',
      'Was denkt der Kunde', 'Fragen', 'Pensamientos', 'Pensamiento', 'Pensando', 'Piensa', 'Qué piensa', 'Preguntas',
    ],
  },
  {
    id: 'emotions',
    kind: 'emotions',
    labels: [
      'Feeling', 'Feelings', 'Feels', 'Emotions', 'Emotion', 'Mood', 'Emotional journey', 'Emotional curve',
      'Sentiment', 'Émotions', 'Ressenti', 'Ressentis', 'Sentiments', 'Humeur', 'Courbe émotionnelle',
      'Gefühle', 'Gefühl', 'Emotionen', 'Stimmung', 'Fühlen', 'Emotionskurve', 'Emociones', 'Emoción', 'Sentimientos',
      'Sintiendo', 'Siente', 'Estado de ánimo', 'Curva emocional',
    ],
  },
  {
    id: 'painPoints',
    kind: 'painPoints',
    labels: [
      'Pain points', 'Pains', 'Pain', 'Frustrations', 'Problems', 'Issues', 'Obstacles', 'Challenges', 'Friction',
      'Friction points', 'Points de douleur', 'Points de friction', 'Irritants', 'Problèmes', 'Difficultés',
      'Freins', 'Schmerzpunkte', 'Probleme', 'Frustrationen', 'Hürden', 'Hindernisse', 'Pain Points',
      'Puntos de dolor', 'Dolores', 'Frustraciones', 'Problemas', 'Obstáculos', 'Puntos débiles',
    ],
  },
  {
    id: 'opportunities',
    kind: 'opportunities',
    labels: [
      'Opportunities', 'Ideas', 'Improvements', 'Solutions', 'Opportunities for improvement', 'How might we',
      'Opportunités', 'Idées', 'Améliorations', 'Pistes d’amélioration', 'Chancen', 'Möglichkeiten', 'Ideen',
      'Verbesserungen', 'Verbesserungspotenzial', 'Lösungen', 'Oportunidades', 'Oportunidad', 'Mejoras',
      'Soluciones',
    ],
  },
  {
    id: 'frontstage',
    kind: 'frontstage',
    labels: [
      'Frontstage', 'Front stage', 'Onstage', 'On stage', 'Frontstage actions', 'Front office', 'Employee actions',
      'Visible actions', 'Avant-scène', 'Sur scène', 'Vorderbühne', 'Sichtbare Aktionen', 'Escenario',
      'Acciones visibles',
    ],
  },
  {
    id: 'backstage',
    kind: 'backstage',
    labels: [
      'Backstage', 'Back stage', 'Offstage', 'Off stage', 'Backstage actions', 'Back office', 'Invisible actions',
      'Coulisses', 'Arrière-scène', 'Hinterbühne', 'Unsichtbare Aktionen', 'Bastidores', 'Tras bambalinas',
      'Acciones invisibles',
    ],
  },
  {
    id: 'goals',
    kind: 'custom',
    labels: [
      'Goals', 'Needs', 'Goals and needs', 'Needs and goals', 'Expectations', 'Objectifs', 'Besoins', 'Attentes',
      'Ziele', 'Bedürfnisse', 'Erwartungen', 'Objetivos', 'Necesidades', 'Expectativas',
    ],
  },
  { id: 'momentsThatMatter', kind: 'custom', labels: ['Moments that matter', 'Moments of truth', 'Moments de vérité'] },
  {
    id: 'metrics',
    kind: 'custom',
    labels: ['KPIs', 'KPI', 'Metrics', 'KPIs and metrics', 'Indicateurs', 'Kennzahlen', 'Métricas', 'Indicadores'],
  },
  {
    id: 'owners',
    kind: 'custom',
    labels: ['Owners', 'Owner', 'Owners and actions', 'Responsables', 'Verantwortliche', 'Responsable'],
  },
];

/** Words that say whose lane it is, or join words; removed so "Customer actions" reads as "actions". */
const IGNORED_WORDS: ReadonlySet<string> = new Set([
  'customer', 'customers', 'user', 'users', 'client', 'clients', 'cliente', 'clientes', 'utilisateur',
  'utilisateurs', 'usuario', 'usuarios', 'kunde', 'kunden', 'nutzer', 'nutzerin', 'the', 'their', 'of', 'and', 'du',
  'de', 'des', 'la', 'le', 'les', 'et', 'der', 'die', 'das', 'des', 'und', 'del', 'el', 'los', 'las', 'y', 'e',
]);

/** English plurals, so "Pain point" and "Pain points" read alike; other plurals are listed in the vocabulary. */
function singularize(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

// Without Unicode property escapes: the plugin sandbox takes ES2017 only. Emoji (surrogate pairs, variation
// selectors, joiners), punctuation, arrows, dingbats and CJK punctuation are symbols; letters of any script stay.
// eslint-disable-next-line no-misleading-character-class -- surrogate halves and selectors are matched one by one
const SYMBOLS = /[\ud800-\udfff\ufe00-\ufe0f\u200b-\u200d\u2010-\u2bff\u3000-\u303f'’`]/g;
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7]+/;

/**
 * A comparison key for a lane label: first line only, no case, accents, punctuation, emoji or numbering, no
 * "customer"/"user" words, singular words, joined without spaces ("Touch-points:" and "touchpoint" meet).
 */
export function normalizeLaneLabel(label: string): string {
  const words = readFirstLine(label)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(SYMBOLS, ' ')
    .split(SEPARATORS)
    .filter((word) => word !== '' && !/^\d+$/.test(word) && !IGNORED_WORDS.has(word));
  return words.map(singularize).join('');
}

const KNOWN_BY_KEY: ReadonlyMap<string, KnownLane> = (() => {
  const byKey = new Map<string, KnownLane>();
  for (const entry of VOCABULARY) {
    for (const label of entry.labels) {
      const key = normalizeLaneLabel(label);
      if (key !== '' && !byKey.has(key)) byKey.set(key, { id: entry.id, kind: entry.kind });
    }
  }
  return byKey;
})();

/** A name wrapped over lines is read whole only while it is this short: a longer paragraph is a name and more. */
const LONGEST_WRAPPED_NAME = 48;

/**
 * The name a label or header gives: its first line, as a rule. But FigJam stores Shift+Enter as U+2028, a break
 * inside one paragraph, so a person who wraps "Pain points" over two lines writes "Pain⏎points": the wrapped lines
 * are one name when the vocabulary knows them together, or knows neither them nor the first line alone and they
 * are short. "Doing⏎what they do" stays "Doing" when only "Doing" is known: the rest describes the lane.
 */
export function readLabelName(label: string, isKnown: (name: string) => boolean): string {
  const firstLine = readFirstLine(label);
  if (!label.includes('\u2028')) return firstLine;
  const paragraph = readFirstParagraph(label);
  if (paragraph === firstLine || isKnown(paragraph)) return paragraph;
  return isKnown(firstLine) || paragraph.length > LONGEST_WRAPPED_NAME ? firstLine : paragraph;
}

const isKnownLaneName = (name: string): boolean => KNOWN_BY_KEY.has(normalizeLaneLabel(name));

/** The name of a lane label, wrapped lines read as above. */
export function readLaneName(label: string): string {
  return readLabelName(label, isKnownLaneName);
}

/** The standard lane a label names, or null when the vocabulary does not know it. */
export function matchLaneLabel(label: string): KnownLane | null {
  const key = normalizeLaneLabel(readLaneName(label));
  return key === '' ? null : (KNOWN_BY_KEY.get(key) ?? null);
}

/**
 * Lane ids and kinds for labels read top to bottom: known labels get the standard id and kind, others kind
 * 'custom' and an id made from the label. Ids are unique: a second "Doing" below "Actions" becomes "actions-2".
 */
export function identifyLanes(labels: readonly string[]): LaneIdentity[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const name = readLaneName(label);
    const known = matchLaneLabel(name);
    const id = createUniqueId(known?.id ?? (slugify(name) || 'lane'), used);
    used.add(id);
    return { id, kind: known?.kind ?? 'custom', name, known: known !== null };
  });
}
