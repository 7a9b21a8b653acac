import { describe, expect, it } from 'vitest';
import { startPluginSession } from '../plugin-session';

const journey = {
  schemaVersion: 1,
  title: 'Fonts',
  lanes: [{ id: 'a', name: 'Actions', kind: 'actions' }],
  stages: [{ id: 's', name: 'Start', lanes: { a: [{ text: 'Signed up', votes: 1 }] } }],
};

describe('import-map and the font of a new sticky', () => {
  it('loads the font the created sticky has rather than assuming Inter Medium', async () => {
    const session = startPluginSession({ unverified: { stickyFontName: { family: 'Inter', style: 'Regular' } } });
    const answer = await session.requestAsync({ type: 'import-map', requestId: 'import', journey });
    expect(answer).toMatchObject({ type: 'map-imported', notesAdded: 1 });
    const sticky = session.fake.figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })[0]!;
    expect(sticky.text.characters).toBe('Signed up');
  });
});
