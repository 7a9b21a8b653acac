import { createDefaultSpec } from '../../src/core/template/presets';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import { startPluginSession } from '../plugin/plugin-session';
import { countPageNodes } from './count-page-nodes';

export interface TemplateGeneration {
  lanes: number;
  stages: number;
  /** Nodes on the page after drawing on an empty one. */
  nodesCreated: number;
  /** Every crossing into the engine while drawing (reads, calls, writes). */
  apiCalls: number;
  loadFontAsync: number;
  commitUndo: number;
}

/** Draws one map on an empty board through create-map and counts what it cost; the default spec when none. */
export async function measureTemplateGenerationAsync(spec?: TemplateSpec): Promise<TemplateGeneration> {
  const session = startPluginSession();
  const { handles } = session.fake;
  const answer = await session.requestAsync({ type: 'create-map', requestId: 'bench-template', ...(spec ? { spec } : {}) });
  if (answer.type !== 'map-created') throw new Error(`Expected map-created, got ${JSON.stringify(answer)}`);
  const counts = handles.counts.snapshot();
  return {
    lanes: (spec ?? createDefaultSpec()).lanes.length,
    stages: (spec ?? createDefaultSpec()).stages.length,
    nodesCreated: countPageNodes(handles.board.snapshotPage()),
    apiCalls: counts.total,
    loadFontAsync: counts.byMember['loadFontAsync'] ?? 0,
    commitUndo: counts.byMember['commitUndo'] ?? 0,
  };
}
