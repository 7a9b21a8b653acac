import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/core/journey/journey-schema';
import { createDefaultSpec } from '../../../src/core/template/presets';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

async function exportAsync(session: PluginSession, mapId?: string): Promise<Journey> {
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${Math.random()}`, ...(mapId ? { mapId } : {}) });
  if (answer.type !== 'map-exported') throw new Error(`Expected map-exported, got ${JSON.stringify(answer)}`);
  return answer.journey;
}

async function importOnNewBoardAsync(journey: unknown): Promise<Journey> {
  const session = startPluginSession();
  const answer = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
  if (answer.type !== 'map-imported') throw new Error(`Expected map-imported, got ${JSON.stringify(answer)}`);
  return exportAsync(session, answer.mapId);
}

function texts(journey: Journey, stageIndex: number, laneId: string): string[] {
  return (Object.prototype.hasOwnProperty.call(journey.stages[stageIndex]!.lanes, laneId) ? journey.stages[stageIndex]!.lanes[laneId]! : []).map((note) => note.text);
}

describe('lane ids that shadow Object.prototype, end to end', () => {
  it('draws lanes called constructor and toString, exports their notes, and imports the export again', async () => {
    const session = startPluginSession();
    const base = createDefaultSpec();
    const spec = {
      ...base,
      lanes: [
        { id: 'constructor', name: 'Constructor', kind: 'custom' },
        { id: 'toString', name: 'To string', kind: 'painPoints' },
        { id: 'valueOf', name: 'Value of', kind: 'emotions' },
      ],
    };
    const created = await session.requestAsync({ type: 'create-map', requestId: 'create', spec });
    expect(created.type).toBe('map-created');
    const figma = session.fake.figma;
    const stageId = base.stages[0]!.id;
    for (const [laneId, text] of [['constructor', 'Built'], ['toString', 'Printed']] as const) {
      const cell = cellRect(figma, laneId, stageId);
      await addNoteAsync(figma, { text, x: cell.x + 40, y: cell.y + 40, parent: laneSection(figma, laneId) });
    }
    const exported = await exportAsync(session);
    expect(Object.keys(exported.stages[0]!.lanes)).toEqual(['constructor', 'toString', 'valueOf']);
    expect([texts(exported, 0, 'constructor'), texts(exported, 0, 'toString')]).toEqual([['Built'], ['Printed']]);
    const again = await importOnNewBoardAsync(JSON.parse(JSON.stringify(exported)));
    expect([texts(again, 0, 'constructor'), texts(again, 0, 'toString')]).toEqual([['Built'], ['Printed']]);
  });

  it('imports a __proto__ lane with its notes under the lane id made from it', async () => {
    const journey = JSON.parse(
      '{"schemaVersion":1,"title":"Proto","lanes":[{"id":"__proto__","name":"Proto","kind":"custom"}],"stages":[{"id":"s1","name":"One","lanes":{"__proto__":[{"text":"kept"},{"text":"also kept"}]}}]}',
    );
    const exported = await importOnNewBoardAsync(journey);
    expect(exported.lanes.map((lane) => lane.id)).toEqual(['proto']);
    expect(texts(exported, 0, 'proto')).toEqual(['kept', 'also kept']);
  });
});

describe('imported emotion scores', () => {
  it('keep the imported score over a number in the text, and the imported order', async () => {
    const notes = [
      { text: '+2 great', score: -2 },
      { text: 'fine', score: 0 },
      { text: 'very happy', score: 2 },
      { text: '-1 meh', score: -1 },
      { text: '+1 ok' },
    ];
    const journey = {
      schemaVersion: 1,
      title: 'Scores',
      lanes: [{ id: 'feel', name: 'Emotions', kind: 'emotions' }],
      stages: [{ id: 'use', name: 'Use', lanes: { feel: notes } }],
    };
    const exported = await importOnNewBoardAsync(journey);
    const feel = exported.stages[0]!.lanes['feel']!;
    expect(feel.map((note) => [note.text, note.score])).toEqual([
      ['+2 great', -2],
      ['fine', 0],
      ['very happy', 2],
      ['-1 meh', -1],
      ['+1 ok', 1],
    ]);
    expect(feel.map((note) => note.scoreSource)).toEqual(['position', 'word', 'word', 'number', 'number']);
    // The export of the import imports the same again.
    const again = await importOnNewBoardAsync(JSON.parse(JSON.stringify(exported)));
    expect(again.stages[0]!.lanes['feel']!.map((note) => [note.text, note.score])).toEqual(feel.map((note) => [note.text, note.score]));
  });
});
