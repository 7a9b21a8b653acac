import type { Channel } from './journey-schema';
import { parseNoteTags } from './parse-note-tags';
import { LETTER } from './score-emotion';

/**
 * How notes name each channel, in English, French, German and Spanish, brands included. Written as people write
 * them; compared after `readChannelWords` (no case, no accents, hyphens and punctuation as spaces), and an
 * English plural "s" is read through ("Calls", "Emails").
 */
const CHANNEL_WORDS: ReadonlyArray<readonly [Channel, readonly string[]]> = [
  [
    'web',
    [
      'website', 'web site', 'web', 'webpage', 'web page', 'homepage', 'landing page', 'online', 'browser', 'portal',
      'search engine', 'google search', 'online shop', 'online store', 'e-shop', 'webshop', 'internet',
      'site web', 'site internet', 'page d accueil', 'en ligne', 'page web', 'navigateur', 'boutique en ligne',
      'webseite', 'internetseite', 'onlineshop', 'suchmaschine', 'startseite',
      'sitio web', 'pagina web', 'en linea', 'tienda online', 'tienda en linea', 'navegador', 'buscador',
    ],
  ],
  [
    'app',
    [
      'app', 'mobile app', 'app store', 'play store', 'google play', 'push notification', 'ios', 'android',
      'appli', 'application mobile', 'notification push', 'application',
      'handy app', 'push nachricht', 'push mitteilung', 'anwendung',
      'aplicacion', 'aplicacion movil', 'notificacion push',
    ],
  ],
  [
    'email',
    [
      'email', 'e mail', 'mail', 'newsletter', 'inbox', 'gmail', 'outlook', 'mailing',
      'courriel', 'mel', 'boite mail', 'boite de reception',
      'posteingang', 'rundmail',
      'correo electronico', 'correo', 'bandeja de entrada', 'boletin',
    ],
  ],
  [
    'sms',
    [
      'sms', 'text message', 'texted', 'imessage', 'message texte', 'texto', 'textnachricht', 'kurznachricht',
      'mensaje de texto',
    ],
  ],
  [
    'phone',
    [
      'phone', 'phone call', 'call', 'called', 'calling', 'helpline', 'hotline', 'call center', 'call centre',
      'telephone', 'voicemail', 'ivr', 'appel', 'appelle', 'appeler', 'telephoner', 'standard telephonique',
      'telefon', 'anruf', 'anrufen', 'ruft', 'telefonisch', 'telefono', 'llamada', 'llama', 'llamar',
      'centro de llamadas', 'linea de atencion',
    ],
  ],
  [
    'chat',
    [
      'chat', 'live chat', 'chatbot', 'bot', 'messenger', 'whatsapp', 'intercom', 'direct message', 'dm', 'telegram',
      'tchat', 'messagerie', 'messagerie instantanee', 'discussion en direct',
      'sofortnachricht', 'chat en vivo', 'mensajeria',
    ],
  ],
  [
    'social',
    [
      'social', 'social media', 'social network', 'instagram', 'facebook', 'tiktok', 'linkedin', 'twitter', 'youtube',
      'pinterest', 'snapchat', 'reddit', 'influencer', 'hashtag', 'reseaux sociaux', 'reseau social', 'influenceur',
      'soziale medien', 'soziales netzwerk', 'soziale netzwerke', 'redes sociales', 'red social',
    ],
  ],
  [
    'ads',
    [
      'ad', 'advert', 'advertisement', 'advertising', 'banner', 'billboard', 'commercial', 'tv spot', 'google ads',
      'sponsored', 'flyer', 'poster', 'publicite', 'pub', 'annonce', 'affiche', 'panneau publicitaire', 'spot tv',
      'werbung', 'anzeige', 'werbebanner', 'plakat', 'werbespot', 'prospekt', 'anuncio', 'publicidad', 'cartel',
      'valla publicitaria', 'folleto',
    ],
  ],
  [
    'letter',
    [
      'letter', 'postcard', 'direct mail', 'by post', 'by mail', 'lettre', 'courrier', 'carte postale', 'par la poste',
      'postkarte', 'briefpost', 'per post', 'carta', 'correo postal', 'postal', 'por correo postal',
    ],
  ],
  [
    'in-person',
    [
      'in person', 'store', 'shop', 'in store', 'branch', 'counter', 'front desk', 'reception', 'showroom',
      'face to face', 'event', 'trade show', 'en personne', 'magasin', 'boutique', 'agence', 'guichet',
      'accueil', 'sur place', 'salon', 'laden', 'geschaft', 'filiale', 'schalter', 'vor ort', 'personlich', 'messe',
      'empfang', 'en persona', 'tienda', 'sucursal', 'mostrador', 'oficina', 'feria', 'presencial',
    ],
  ],
  [
    'self-service',
    [
      'self service', 'kiosk', 'self checkout', 'self check out', 'self check in', 'atm', 'ticket machine',
      'vending machine', 'faq', 'help center', 'help centre', 'knowledge base', 'borne', 'automate', 'libre service',
      'centre d aide', 'selbstbedienung', 'automat', 'fahrkartenautomat', 'terminal', 'hilfe center', 'hilfecenter',
      'autoservicio', 'quiosco', 'cajero automatico', 'centro de ayuda', 'preguntas frecuentes',
    ],
  ],
  [
    'word-of-mouth',
    [
      'word of mouth', 'recommendation', 'recommended', 'referral', 'friend', 'colleague', 'family',
      'bouche a oreille', 'recommandation', 'ami', 'amie', 'amis', 'collegue', 'famille',
      'mundpropaganda', 'empfehlung', 'freund', 'freunde', 'freundin', 'kollege', 'familie',
      'boca a boca', 'recomendacion', 'amigo', 'amiga', 'amigos', 'colega', 'familia',
    ],
  ],
];

/** Emoji that stand for a channel; variation selectors are dropped before looking. */
const CHANNEL_EMOJI: ReadonlyMap<string, Channel> = new Map<string, Channel>([
  ...['🌐', '💻', '🖥', '🔎', '🔍'].map((emoji) => [emoji, 'web'] as const),
  ...['📱', '📲'].map((emoji) => [emoji, 'app'] as const),
  ...['📧', '📨', '📩', '✉', '📥'].map((emoji) => [emoji, 'email'] as const),
  ...['☎', '📞', '☏'].map((emoji) => [emoji, 'phone'] as const),
  ...['💬', '🗨', '🤖'].map((emoji) => [emoji, 'chat'] as const),
  ...['📣', '📢', '📺', '📻'].map((emoji) => [emoji, 'ads'] as const),
  ...['📮', '📬', '📪', '📫', '📭'].map((emoji) => [emoji, 'letter'] as const),
  ...['🏬', '🏪', '🏢', '🏦', '🛍', '🤝'].map((emoji) => [emoji, 'in-person'] as const),
  ...['🏧'].map((emoji) => [emoji, 'self-service'] as const),
  ...['🗣', '👥'].map((emoji) => [emoji, 'word-of-mouth'] as const),
]);

const WORD_OR_EMOJI = new RegExp(`[${LETTER}0-9]+|[\\u{1F000}-\\u{1FAFF}]|[\\u2600-\\u27bf]`, 'gu');

/** Text of plain ASCII only: nothing for NFKD to take apart, no accent, no "ß", no emoji. */
const PLAIN_ASCII = /^[^\u0080-\uffff]*$/;
/** WORD_OR_EMOJI's words as they are in plain ASCII text: its letters there are A-Z and a-z alone. */
const ASCII_WORD = /[a-z0-9]+/g;

/** Words and emoji of a text, lower case, accents removed (NFKD), "ß" as "ss", punctuation as a break. */
export function readChannelWords(text: string): string[] {
  // Most notes are plain ASCII: lower case is then all that the steps below would change.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
  return plain.match(WORD_OR_EMOJI) ?? [];
}

interface ChannelPhrase {
  words: readonly string[];
  channel: Channel;
}

/** Phrases by their first word, longest first, so "app store" is tried before "app" and "store". */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly ChannelPhrase[]> = (() => {
  const byFirst = new Map<string, ChannelPhrase[]>();
  for (const [channel, phrases] of CHANNEL_WORDS) {
    for (const phrase of phrases) {
      const words = readChannelWords(phrase);
      const first = words[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), { words, channel }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

function matchesWord(actual: string | undefined, expected: string, last: boolean): boolean {
  if (actual === expected) return true;
  return last && (actual === `${expected}s` || actual === `${expected}es`);
}

/** The phrases that may start at a word, its English plural read through ("calls", "phones", "boxes"). */
function readCandidates(word: string): readonly ChannelPhrase[] {
  const exact = PHRASES_BY_FIRST_WORD.get(word);
  if (exact !== undefined || !word.endsWith('s')) return exact ?? [];
  return PHRASES_BY_FIRST_WORD.get(word.slice(0, -1)) ?? (word.endsWith('es') ? PHRASES_BY_FIRST_WORD.get(word.slice(0, -2)) : undefined) ?? [];
}

function matchesPhrase(words: readonly string[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((expected, offset) => matchesWord(words[start + offset], expected, offset === phrase.length - 1));
}

/** Where an ad is shown is not its channel: "Instagram ad" and "Banner on the website" are ads. */
const HOSTS_OF_ADS: ReadonlySet<Channel> = new Set<Channel>(['social', 'web']);

/**
 * The channel of the first word, phrase or emoji naming one, or null; an ad on a social network or a website is
 * `ads`. Linear in the words of the text.
 */
function readWordChannel(words: readonly string[]): Channel | null {
  let first: Channel | null = null;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const found = CHANNEL_EMOJI.get(word) ?? readCandidates(word).find(({ words: phrase }) => matchesPhrase(words, index, phrase))?.channel;
    if (found === undefined) continue;
    if (found === 'ads' && (first === null || HOSTS_OF_ADS.has(first))) return 'ads';
    if (first === null && !HOSTS_OF_ADS.has(found)) return found;
    first ??= found;
  }
  return first;
}

/** The channel a tag names as a whole: `#in-person`, `#Instagram`; not `#email-survey`, which cites evidence. */
function readTagChannel(tag: string): Channel | null {
  const words = readChannelWords(tag);
  const whole = readCandidates(words[0] ?? '').find(({ words: phrase }) => phrase.length === words.length && matchesPhrase(words, 0, phrase));
  return whole?.channel ?? null;
}

/**
 * A note's channel. A tag naming a channel (`#email`, `#in-person`, `#instagram`) wins, on any note; `fromWords`
 * (touchpoint notes) also reads the first word, phrase, brand or emoji that names one ("E-mail receipt": email,
 * "Kiosk check-in": self-service). Null when nothing fits: a guess would skew the counts.
 */
export function detectChannel(text: string, fromWords: boolean): Channel | null {
  for (const tag of parseNoteTags(text)) {
    const channel = readTagChannel(tag);
    if (channel !== null) return channel;
  }
  return fromWords ? readWordChannel(readChannelWords(text)) : null;
}
