import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../../src/core/shared/geometry';
import type { SandboxToUi } from '../../../src/core/protocol/protocol';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import { boundsOf, nodesWithRole } from '../board-builders';
import { startPluginSession } from '../plugin-session';

const journey = {
  schemaVersion: 1,
  title: 'Imported',
  lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
  stages: [{ id: 's', name: 'Start', lanes: { a: [{ text: 'Signed up' }] } }],
};

describe.each(UNVERIFIED_SETTINGS)('requests sent back to back ($name)', ({ unverified }) => {
  it('draw two creates and an import side by side, never on top of each other', async () => {
    const session = startPluginSession({ unverified });
    const answers = await Promise.all([
      session.requestAsync({ type: 'create-map', requestId: 'first' }),
      session.requestAsync({ type: 'create-map', requestId: 'second' }),
      session.requestAsync({ type: 'import-map', requestId: 'third', journey }),
    ]);
    expect(answers.map((answer: SandboxToUi) => answer.type)).toEqual(['map-created', 'map-created', 'map-imported']);
    const maps = nodesWithRole(session.fake.figma, 'map').map(boundsOf);
    expect(maps).toHaveLength(3);
    for (const [index, map] of maps.entries()) {
      for (const other of maps.slice(index + 1)) expect(rectsOverlap(map, other)).toBe(false);
    }
  });

  it('answers a read sent during a write with the board as the write left it', async () => {
    const session = startPluginSession({ unverified });
    const [, listed] = await Promise.all([
      session.requestAsync({ type: 'create-map', requestId: 'create' }),
      session.requestAsync({ type: 'list-maps', requestId: 'list' }),
    ]);
    expect(listed).toMatchObject({ type: 'maps-listed', maps: [{ kind: 'tagged' }] });
  });
});
