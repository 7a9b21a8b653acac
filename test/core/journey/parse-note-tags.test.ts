import { describe, expect, it } from 'vitest';
import { isQuotedSpeech } from '../../../src/core/journey/is-quoted-speech';
import { parseNoteTags } from '../../../src/core/journey/parse-note-tags';

describe('parseNoteTags', () => {
  const cases: Array<[text: string, tags: string[]]> = [
    ['Hidden fees #P3 #interview-4', ['P3', 'interview-4']],
    ['#survey: 40% gave up', ['survey']],
    ['Slow delivery (#P3, #P7)', ['P3', 'P7']],
    ['Frais cachés #entretien_2 #été', ['entretien_2', 'été']],
    ['Zu teuer #Umfrage', ['Umfrage']],
    ['Demasiado lento #encuesta.', ['encuesta']],
    ['Долго #интервью', ['интервью']],
    ['配送が遅い #調査', ['調査']],
    ['Full-width ＃P2', ['P2']],
    ['Repeated #P3 and #P3', ['P3']],
    ['Case kept #p3 #P3', ['p3', 'P3']],
    ['Trailing dash #P3- and more', ['P3']],
    ['C# is not a tag, nor issue#4', []],
    ['#1 complaint', []],
    ['No tags here', []],
    ['Only a hash # here', []],
  ];

  it.each(cases)('"%s" has tags %j', (text, tags) => {
    expect(parseNoteTags(text)).toEqual(tags);
  });
});

describe('isQuotedSpeech', () => {
  const cases: Array<[text: string, quote: boolean]> = [
    ['“It took ages to find the button”', true],
    ['"Why is this so hard?"', true],
    ['« Trop cher pour ce que c’est »', true],
    ['„Das dauert viel zu lange“', true],
    ['»Zu teuer«', true],
    ['P3 said “the form lost my data” twice', true],
    ['“Ugh”', true],
    ['The "free" delivery costs 5 €', false],
    ['No quote at all', false],
    ['An unclosed “quote', false],
    ['', false],
  ];

  it.each(cases)('"%s" is a quote: %s', (text, quote) => {
    expect(isQuotedSpeech(text)).toBe(quote);
  });
});
