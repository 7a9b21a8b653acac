import { normalizeLaneLabel, readLabelName } from './lane-vocabulary';
import { STAGE_PRESETS } from '../../template/presets';

/**
 * How teams name journey stages, in English, French, German and Spanish: the presets' stages, the usual phases of
 * a purchase and of a service, and the words that say "stage" ("Phase 2", "Étape 1"). Compared after
 * `normalizeLaneLabel`, so case, accents, numbering and plurals do not matter.
 */
const STAGE_LABELS: readonly string[] = [
  ...STAGE_PRESETS.flatMap((preset) => preset.stages.map((stage) => stage.name)),
  'Stage', 'Phase', 'Step', 'Journey stage', 'Discover', 'Discovery', 'Research', 'Search', 'Explore', 'Evaluate',
  'Evaluation', 'Compare', 'Decide', 'Decision', 'Choose', 'Buy', 'Order', 'Checkout', 'Pay', 'Payment', 'Sign up',
  'Signup', 'Register', 'Registration', 'Onboarding', 'Onboard', 'First use', 'Use', 'Usage', 'Delivery', 'Receive',
  'Setup', 'Support', 'Service', 'Help', 'Renewal', 'Renew', 'Loyalty', 'Engagement', 'Engage', 'Adoption',
  'Expansion', 'Churn', 'Leave', 'Cancel', 'Recommend', 'Referral', 'Share', 'Need', 'Trigger', 'Acquisition',
  'Activation', 'Conversion', 'Pre-purchase', 'Post purchase', 'After sales', 'Entice', 'Enter', 'Exit', 'Extend',
  'Étape', 'Découverte', 'Sensibilisation', 'Notoriété', 'Considération', 'Recherche', 'Achat', 'Utilisation',
  'Fidélisation', 'Recommandation', 'Après-vente', 'Avant', 'Pendant', 'Après', 'Inscription', 'Livraison',
  'Schritt', 'Bewusstsein', 'Aufmerksamkeit', 'Recherche', 'Abwägung', 'Kauf', 'Nutzung', 'Bindung', 'Empfehlung',
  'Vorher', 'Während', 'Nachher', 'Lieferung', 'Etapa', 'Fase', 'Descubrimiento', 'Conciencia', 'Consideración',
  'Investigación', 'Compra', 'Uso', 'Fidelización', 'Recomendación', 'Antes', 'Durante', 'Después', 'Entrega',
];

const KNOWN_STAGES: ReadonlySet<string> = new Set(STAGE_LABELS.map(normalizeLaneLabel).filter((key) => key !== ''));

const isKnownStageName = (name: string): boolean => KNOWN_STAGES.has(normalizeLaneLabel(name));

/** The name of a stage header, its Shift+Enter lines read as one name as for lanes (see readLabelName). */
export function readStageName(text: string): string {
  return readLabelName(text, isKnownStageName);
}

/** Whether a header's text names a journey stage the vocabulary knows. */
export function isKnownStageHeader(text: string): boolean {
  const key = normalizeLaneLabel(readStageName(text));
  return key !== '' && KNOWN_STAGES.has(key);
}
