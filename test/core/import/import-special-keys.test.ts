import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneyImport } from '../../../src/core/import/parse-journey-import';
import { listImportedNotes } from '../../../src/core/import/plan-imported-notes';
import { parseImportedVote, addRecordedVote, parseRecordedVote, formatRecordedVote } from '../../../src/core/board/recorded-votes';
import { parseBoardFile } from '../../../src/cli/input/parse-board-file';
import { convertRestBoard } from '../../../src/core/board/rest/convert-rest-board';
import { TAG_KEYS, TAG_NAMESPACE } from '../../../src/core/board/map-tags';

/** Names that mean something to JavaScript objects, which a lane id or a stamp name may still be. */
const SPECIAL_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'then',
  'length',
] as const;

function journeyWith(laneIds: readonly string[], lanes: ReadonlyArray<readonly [string, unknown]>): string {
  // Written as JSON text, the way a file arrives: an object literal would set the prototype instead of a key.
  const stage = `{"id":"s1","name":"Stage","lanes":{${lanes
    .map(([key, notes]) => `${JSON.stringify(key)}:${JSON.stringify(notes)}`)
    .join(',')}}}`;
  const laneList = laneIds.map((id) => JSON.stringify({ id, name: `Lane ${id}`, kind: 'custom' })).join(',');
  return `{"schemaVersion":1,"title":"Special","lanes":[${laneList}],"stages":[${stage}]}`;
}

describe('imports whose keys shadow Object.prototype', () => {
  it('refuses a __proto__ lane key holding an invalid note, with its path, instead of dropping it', () => {
    const parsed = parseJourneyImport(journeyWith(['__proto__'], [['__proto__', [{ text: 'lost' }, { text: 42 }]]]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual(['stages[0].lanes.__proto__[1].text: expected string, received number']);
  });

  it('refuses a __proto__ lane key the journey does not list, and imports it when it does', () => {
    const unknown = parseJourneyImport(journeyWith(['a'], [['__proto__', [{ text: 'kept' }]]]));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0]).toMatch(/^stages\[0\]\.lanes\.__proto__: /);

    const known = parseJourneyImport(journeyWith(['__proto__'], [['__proto__', [{ text: 'kept' }]]]));
    expect(known.ok).toBe(true);
    if (known.ok) expect(listImportedNotes(known.value).map((entry) => entry.note.text)).toEqual(['kept']);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('imports a lane called %s, and a stage lacking it, without "not iterable"', (id) => {
    const parsed = parseJourneyImport(journeyWith([id, 'other'], [['other', [{ text: 'a note' }]]]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(listImportedNotes(parsed.value).map((entry) => entry.note.text)).toEqual(['a note']);
  });

  it('keeps stamps named __proto__ or constructor, counted as votes', () => {
    const stamps = JSON.parse('{"__proto__":2,"constructor":1}') as Record<string, number>;
    const vote = parseImportedVote({ stamps });
    expect(vote).toEqual({ votes: 3, stamps });
    const parsed = parseRecordedVote(formatRecordedVote('n1', vote!), 'n1');
    expect(Object.entries(parsed!.stamps!)).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
    const added = addRecordedVote({ votes: 1, stamps: { constructor: 1 } }, parsed);
    expect(Object.entries(added.stamps)).toEqual([
      ['constructor', 2],
      ['__proto__', 2],
    ]);
  });

  it('generated journeys with special lane ids and keys import every note, or are refused with a path', () => {
    const id = fc.constantFrom(...SPECIAL_NAMES, 'touchpoints', 'pains');
    const note = fc.oneof(fc.record({ text: fc.string({ maxLength: 8 }) }), fc.record({ text: fc.oneof(fc.integer(), fc.constant(null)) }));
    const journey = fc.record({
      laneIds: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
      keys: fc.uniqueArray(id, { maxLength: 5 }),
      notes: fc.array(fc.array(note, { maxLength: 3 }), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(journey, ({ laneIds, keys, notes }) => {
        const lanes = keys.map((key, index) => [key, notes[index]!] as const);
        const parsed = parseJourneyImport(journeyWith(laneIds, lanes));
        if (!parsed.ok) {
          for (const problem of parsed.problems) expect(problem).toMatch(/^(stages|lanes)\[\d+\]\S*: /);
          return;
        }
        const given = keys.flatMap((_, index) => notes[index]!.map((each) => each.text));
        expect(listImportedNotes(parsed.value).map((entry) => entry.note.text).sort()).toEqual([...given].sort());
        expect(parsed.value.noteCount).toBe(given.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('REST reading with special keys', () => {
  it('reads tags beside a __proto__ tag key, and a lane id called constructor', () => {
    const tags = (entries: Record<string, string>) => `{"${TAG_NAMESPACE}":{"__proto__":"x",${Object.entries(entries).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}}`;
    const text = `{"name":"Board","editorType":"figjam","document":{"id":"0:0","type":"DOCUMENT","children":[{"id":"0:1","type":"CANVAS","name":"Page","children":[
      {"id":"1:1","type":"SECTION","name":"Lane","absoluteBoundingBox":{"x":0,"y":0,"width":100,"height":100},"sharedPluginData":${tags({ [TAG_KEYS.role]: 'lane', [TAG_KEYS.mapId]: 'm1', [TAG_KEYS.laneId]: 'constructor' })}}
    ]}]}}`;
    const [page] = convertRestBoard(parseBoardFile(text, 'board.json'));
    expect(page!.tagged.map((node) => [node.role, node.laneId])).toEqual([['lane', 'constructor']]);
  });
});
