/**
 * The words and phrases people write on emotion notes in workshops, in English, French, German and Spanish, with
 * the score a person reading the note would give (-2 very negative to +2 very positive). Words that describe the
 * experience ("slow", "confusing form", "took forever") count as much as words that name a feeling, since that is
 * how emotion lanes are filled in practice. Entries are lower case; a phrase is its words separated by spaces.
 */
const ENTRIES_BY_SCORE: ReadonlyArray<readonly [score: number, entries: readonly string[]]> = [
  [
    2,
    [
      'delighted', 'delightful', 'love', 'loved', 'loving', 'loves', 'amazing', 'awesome', 'excellent', 'fantastic',
      'thrilled', 'wonderful', 'ecstatic', 'brilliant', 'perfect', 'superb', 'outstanding', 'incredible', 'wow',
      'excited', 'exciting', 'great', 'best', 'the best', 'made my day', 'over the moon', 'blown away',
      'ravi', 'ravie', 'génial', 'géniale', 'adore', 'adoré', 'enchanté', 'enchantée', 'formidable', 'parfait',
      'parfaite', 'excellente', 'incroyable', 'impeccable', 'trop bien',
      'begeistert', 'toll', 'großartig', 'fantastisch', 'wunderbar', 'super', 'perfekt', 'klasse', 'hervorragend',
      'ausgezeichnet', 'spitze', 'genial',
      'encantado', 'encantada', 'encanta', 'encantó', 'excelente', 'fantástico', 'fantástica', 'maravilloso',
      'maravillosa', 'perfecto', 'perfecta', 'increíble', 'estupendo', 'estupenda',
      'yay', 'yey', 'hooray', 'woohoo',
    ],
  ],
  [
    1,
    [
      'happy', 'pleased', 'good', 'nice', 'glad', 'content', 'satisfied', 'easy', 'relieved', 'relief', 'smooth',
      'smoothly', 'quick', 'quickly', 'fast', 'simple', 'clear', 'helpful', 'confident', 'reassured', 'reassuring',
      'hopeful', 'curious', 'interested', 'intrigued', 'positive', 'comfortable', 'calm', 'impressed', 'grateful',
      'thankful', 'welcome', 'welcomed', 'convenient', 'enjoy', 'enjoyed', 'liked', 'cool',
      'works', 'worked', 'went well', 'no problem', 'no problems', 'no issues', 'no issue', 'no hassle', 'pleasant',
      'friendly', 'safe', 'secure', 'understood', 'informed', 'motivated', 'optimistic', 'proud', 'fun',
      'contente', 'satisfait', 'satisfaite', 'heureux', 'heureuse', 'bien', 'bon', 'bonne', 'facile', 'rassuré',
      'rassurée', 'soulagé', 'soulagée', 'rapide', 'clair', 'claire', 'pratique', 'agréable', 'sympa', 'fluide',
      'confiant', 'confiante', 'curieux', 'curieuse', 'pas mal', 'efficace', 'intéressé', 'intéressée', 'aime', 'compris',
      'glücklich', 'zufrieden', 'gut', 'froh', 'einfach', 'erleichtert', 'schnell', 'angenehm', 'hilfreich',
      'praktisch', 'neugierig', 'entspannt', 'sicher', 'beruhigt', 'gefällt', 'übersichtlich', 'freundlich',
      'feliz', 'contento', 'contenta', 'satisfecho', 'satisfecha', 'bueno', 'buena', 'buen', 'fácil', 'bien',
      'aliviado', 'aliviada', 'rápido', 'rápida', 'claro', 'clara', 'tranquilo', 'tranquila', 'cómodo', 'cómoda',
      'útil', 'práctico', 'práctica', 'curioso', 'curiosa', 'gusta', 'gustó', 'sin problemas', 'amable', 'seguro',
      'segura', 'confiado', 'confiada',
      'phew', 'pleasantly surprised', 'positively surprised', 'trust', 'worth it', 'worth the money',
      'worth the price', 'vaut le coup', 'confiance', 'lohnt sich', 'vertrauen', 'vale la pena',
    ],
  ],
  [
    0,
    [
      'ok', 'okay', 'neutral', 'meh', 'fine', 'indifferent', 'so-so', 'so so', 'ok-ish', 'okish', 'okay-ish',
      'alright', 'average', 'mixed', 'mixed feelings', 'fair enough', 'nothing special', 'as expected', 'whatever',
      'neutre', 'bof', 'moyen', 'moyenne', 'correct', 'correcte', 'mitigé', 'mitigée', 'sans plus', 'passable',
      'ça va', 'ça passe',
      'egal', 'mittel', 'mittelmäßig', 'naja', 'geht so', 'passt schon',
      'normal', 'regular', 'indiferente', 'más o menos', 'así así', 'aceptable', 'ni fu ni fa',
    ],
  ],
  [
    -1,
    [
      'annoyed', 'annoying', 'disappointed', 'disappointing', 'confused', 'confusing', 'unhappy', 'sad', 'worried',
      'worrying', 'bored', 'boring', 'unsure', 'uncertain', 'anxious', 'stressed', 'stressful', 'tedious', 'slow',
      'lost', 'hesitant', 'skeptical', 'sceptical', 'doubtful', 'impatient', 'irritated', 'irritating', 'nervous',
      'overwhelmed', 'overwhelming', 'tired', 'unclear', 'complicated', 'difficult', 'hard', 'hassle', 'forever',
      'not sure', 'no idea', 'bad', 'poor', 'worse', 'let down', 'suspicious', 'afraid', 'embarrassed',
      'awkward', 'cumbersome', 'clunky', 'stuck', 'error', 'errors', 'bug', 'buggy', 'failed', 'fails', 'broken',
      'too long', 'took ages', "didn't like", "don't like", "doesn't like", 'do not like', 'did not like', 'uneasy', 'puzzled', 'doubt',
      'hidden', 'unexpected', 'pricey', 'expensive',
      'déçu', 'déçue', 'agacé', 'agacée', 'énervé', 'énervée', 'triste', 'inquiet', 'inquiète', 'perdu', 'perdue',
      'compliqué', 'compliquée', 'difficile', 'lent', 'lente', 'stressé', 'stressée', 'stressant', 'ennuyeux',
      'hésitant', 'hésitante', 'méfiant', 'méfiante', 'pas terrible', 'pénible', 'fatigué', 'fatiguée', 'galère',
      'attente', 'cher', 'chère', 'trop long', 'trop lent',
      'enttäuscht', 'genervt', 'verwirrt', 'traurig', 'unzufrieden', 'unsicher', 'schlecht', 'verwirrend',
      'kompliziert', 'umständlich', 'langsam', 'nervig', 'mühsam', 'gestresst', 'stressig', 'besorgt', 'ungeduldig',
      'verloren', 'keine ahnung', 'unklar', 'schwierig', 'anstrengend', 'ärgerlich', 'teuer', 'skeptisch', 'wartezeit',
      'decepcionado', 'decepcionada', 'molesto', 'molesta', 'confundido', 'confundida', 'confuso', 'confusa',
      'preocupado', 'preocupada', 'perdido', 'perdida', 'lento', 'lenta', 'complicado', 'complicada', 'difícil',
      'aburrido', 'aburrida', 'cansado', 'cansada', 'estresado', 'estresada', 'estresante', 'nervioso', 'nerviosa',
      'inseguro', 'insegura', 'mal', 'malo', 'mala', 'no entiendo', 'no sé', 'caro', 'espera', 'dudas',
      'ugh', 'fear', 'fears', 'ignored', 'painful', 'stupid', 'dumb', 'distrust', 'mistrust', 'trust issues',
      'unpleasantly surprised', "don't understand", "didn't understand", "doesn't understand", "can't understand",
      'do not understand', 'did not understand', 'ne comprends pas', 'comprends pas', 'ne comprend pas',
      'comprends rien', 'comprend rien', 'peur', 'ignoré', 'ignorée', 'verstehe nicht', 'versteh nicht', 'angst',
      'miedo',
    ],
  ],
  [
    -2,
    [
      'frustrated', 'frustrating', 'frustration', 'angry', 'furious', 'hate', 'hated', 'terrible', 'awful',
      'horrible', 'livid', 'miserable', 'worst', 'nightmare', 'panic', 'panicked', 'panicking', 'infuriating',
      'outraged', 'disgusted', 'unacceptable', 'useless', 'rage', 'scared', 'terrified', 'helpless', 'desperate',
      'fed up', 'gave up', 'give up', 'giving up', 'waste of time', 'rip off', 'rip-off', 'ripped off', 'furieux',
      'furieuse', 'frustré', 'frustrée', 'frustrant', 'frustrante', 'nul', 'nulle', 'insupportable',
      'catastrophique', 'catastrophe', 'inadmissible', 'en colère', 'colère', 'angoissé', 'angoissée', 'paniqué',
      'paniquée', 'déteste', 'ras le bol', 'abandonné', 'abandonne',
      'wütend', 'frustriert', 'frustrierend', 'verärgert', 'sauer', 'schrecklich', 'furchtbar', 'katastrophe',
      'katastrophal', 'hasse', 'unmöglich', 'panik', 'aufgegeben', 'verzweifelt',
      'enojado', 'enojada', 'furioso', 'furiosa', 'frustrado', 'frustrada', 'frustrante', 'terrible', 'fatal',
      'odio', 'harto', 'harta', 'desesperado', 'desesperada', 'indignado', 'indignada', 'pésimo', 'pésima',
      'desastre',
      'wtf', 'ffs', 'argh', 'never again', 'plus jamais', 'nie wieder', 'nunca más', 'enfadado', 'enfadada',
    ],
  ],
];

/** Word beginnings that carry the same feeling in every form ("frustr" for frustrated, frustrante, frustriert). */
const STEMS_BY_SCORE: ReadonlyArray<readonly [score: number, stems: readonly string[]]> = [
  [2, ['delight', 'excit']],
  [1, ['reassur', 'rassur', 'soulag', 'erleichter', 'alivi', 'enjoy', 'impress']],
  [-1, ['confus', 'annoy', 'disappoint', 'stress', 'estres', 'worr', 'anxi', 'overwhelm', 'irritat', 'enttäusch', 'verwirr', 'decepcion', 'preocup', 'ennuy', 'aburr', 'agac', 'énerv']],
  [-2, ['frustr', 'infuriat', 'furi', 'enoj', 'frust', 'enfad']],
];

/** Words that turn the meaning of a scored word after them ("not good", "pas clair", "nicht gut", "no es fácil"). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "can't", 'cannot',
  "couldn't", "won't", "wouldn't", 'hardly', 'pas', 'jamais', 'guère', 'nicht', 'kein', 'keine', 'keinen', 'nie',
  'niemals', 'nunca', 'ni', 'nada', 'tampoco', 'ne',
]);

/** Words that make a feeling stronger: "very happy" is +2, "really confusing" -2. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very', 'really', 'so', 'extremely', 'totally', 'completely', 'incredibly', 'absolutely', 'super', 'truly',
  'très', 'vraiment', 'trop', 'tellement', 'hyper', 'sehr', 'total', 'echt', 'wirklich', 'extrem', 'voll', 'muy',
  'súper', 'realmente', 'demasiado', 'tan',
]);

/** Words that make a feeling milder: "a bit frustrating" is -1. */
export const DOWNTONERS: ReadonlySet<string> = new Set([
  'bit', 'slightly', 'somewhat', 'kinda', 'little', 'peu', 'plutôt', 'etwas', 'bisschen', 'poco', 'algo',
]);

/** Words after which the rest of the note says how it ended: "fast but confusing" reads as confusing. */
export const CONTRASTS: ReadonlySet<string> = new Set([
  'but', 'however', 'though', 'although', 'yet', 'mais', 'pourtant', 'cependant', 'aber', 'doch', 'jedoch', 'pero',
  'aunque', 'embargo',
]);

export interface EmotionLexicon {
  /** Single words and phrases, the phrase as its words joined by one space. */
  entries: ReadonlyMap<string, number>;
  /** How many words the longest phrase has. */
  longestPhrase: number;
  stems: ReadonlyArray<readonly [stem: string, score: number]>;
}

function createEmotionLexicon(): EmotionLexicon {
  const entries = new Map<string, number>();
  let longestPhrase = 1;
  for (const [score, words] of ENTRIES_BY_SCORE) {
    for (const word of words) {
      const entry = word.normalize('NFC');
      // A word listed twice ("terrible" in English and Spanish, "genial") keeps the first, stronger reading.
      if (!entries.has(entry)) entries.set(entry, score);
      longestPhrase = Math.max(longestPhrase, entry.split(' ').length);
    }
  }
  const stems = STEMS_BY_SCORE.flatMap(([score, list]) => list.map((stem) => [stem.normalize('NFC'), score] as const));
  return { entries, longestPhrase, stems };
}

export const EMOTION_LEXICON: EmotionLexicon = createEmotionLexicon();
