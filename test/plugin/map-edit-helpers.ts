import type { Journey } from '../../src/core/journey/journey-schema';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import type { FigJamApi, FigJamSceneNode } from '../../src/plugin/platform/figjam-api';
import type { FakeFigma } from '../fake-figjam/index';
import type { PluginSession } from './plugin-session';

export type NotePlace = { kind: 'cell'; stageId: string; laneId: string } | { kind: 'persona' } | { kind: 'unplaced'; reason: string };

/** Where the export puts each note, by note id, and the votes of each. */
export interface ExportedNotes {
  places: Map<string, NotePlace>;
  votes: Map<string, number>;
}

let exportCounter = 0;

export async function exportNotesAsync(session: PluginSession, mapId: string): Promise<ExportedNotes & { journey: Journey }> {
  exportCounter += 1;
  const answer = await session.requestAsync({ type: 'export-map', requestId: `export-${exportCounter}`, mapId });
  if (answer.type !== 'map-exported') throw new Error(`Expected map-exported, got ${JSON.stringify(answer)}`);
  const { journey } = answer;
  const places = new Map<string, NotePlace>();
  const votes = new Map<string, number>();
  for (const stage of journey.stages) {
    for (const [laneId, notes] of Object.entries(stage.lanes)) {
      for (const note of notes) {
        places.set(note.id, { kind: 'cell', stageId: stage.id, laneId });
        votes.set(note.id, note.votes);
      }
    }
  }
  for (const note of journey.persona?.notes ?? []) {
    places.set(note.id, { kind: 'persona' });
    votes.set(note.id, note.votes);
  }
  for (const note of journey.unplaced) {
    places.set(note.id, { kind: 'unplaced', reason: note.reason });
    votes.set(note.id, note.votes);
  }
  return { places, votes, journey };
}

export async function createMapAsync(session: PluginSession, spec?: TemplateSpec): Promise<string> {
  const answer = await session.requestAsync({ type: 'create-map', requestId: 'create', ...(spec ? { spec } : {}) });
  if (answer.type !== 'map-created') throw new Error(`Expected map-created, got ${JSON.stringify(answer)}`);
  return answer.mapId;
}

export function countStickies(figma: FigJamApi): number {
  return figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length;
}

function readText(node: FigJamSceneNode): string | null {
  if (node.type === 'TEXT') return node.characters;
  if (node.type === 'SHAPE_WITH_TEXT' || node.type === 'STICKY') return node.text.characters;
  return null;
}

/** The whole page as plain data, texts and fills included, to compare a board with itself before and after. */
export function dumpBoard(fake: FakeFigma): unknown {
  const details = fake.figma.currentPage.findAll().map((node) => ({
    id: node.id,
    text: readText(node),
    fills: node.type === 'STAMP' || !('fills' in node) ? null : JSON.stringify(node.fills),
  }));
  return { tree: fake.handles.board.snapshotPage(), details };
}
