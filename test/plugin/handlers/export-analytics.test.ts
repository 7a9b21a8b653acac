import { describe, expect, it } from 'vitest';
import { parseMermaidJourney } from '../../core/formats/parse-mermaid-journey';
import { addNoteAsync, cellRect, laneSection } from '../board-builders';
import { startPluginSession } from '../plugin-session';
import { drawWorkshopBoardAsync } from '../workshop-board';

describe('export of a workshop board: channels, tags, quotes and the diagram', () => {
  it('gives touchpoints their channel, notes their tags and quotes, the summaries, and a Mermaid diagram', async () => {
    const session = startPluginSession();
    await drawWorkshopBoardAsync(session.fake, session);
    const figma = session.fake.figma;
    const inCell = (laneId: string, stageId: string, dx: number) => {
      const rect = cellRect(figma, laneId, stageId);
      return { x: rect.x + dx, y: rect.y + 40, parent: laneSection(figma, laneId) };
    };
    await addNoteAsync(figma, { text: 'Calls the helpline', ...inCell('touchpoints', 'purchase', 40) });
    await addNoteAsync(figma, { text: '“I gave up at the card form” #P3 #interview-4', ...inCell('painPoints', 'consideration', 40) });
    await addNoteAsync(figma, { text: 'Compares prices', ...inCell('actions', 'consideration', 40) });

    const answer = await session.requestAsync({ type: 'export-map', requestId: 'export', format: 'mermaid' });
    if (answer.type !== 'map-exported') throw new Error(JSON.stringify(answer));
    const { journey } = answer;
    const stage = (id: string) => journey.stages.find((candidate) => candidate.id === id)!;
    expect(stage('awareness').lanes['touchpoints']!.map((note) => [note.text, note.channel])).toEqual([
      ['Instagram ad', 'ads'],
      ['Google search', 'web'],
    ]);
    expect(stage('purchase').lanes['touchpoints']!.map((note) => note.channel)).toEqual(['phone']);
    expect(stage('consideration').lanes['painPoints']![0]).toMatchObject({ tags: ['P3', 'interview-4'], quote: true });
    expect(journey.summary.channels).toEqual({ ads: { awareness: 1 }, web: { awareness: 1 }, phone: { purchase: 1 } });
    expect(journey.summary.tags).toEqual({ P3: 1, 'interview-4': 1 });

    const diagram = parseMermaidJourney(answer.text);
    expect(diagram.title).toBe(journey.title);
    expect(diagram.sections.map((section) => section.name)).toEqual(journey.stages.map((each) => each.name));
    expect(diagram.sections[1]!.tasks).toEqual([{ task: 'Compares prices', score: 5, people: [journey.persona!.name] }]);
  });
});
