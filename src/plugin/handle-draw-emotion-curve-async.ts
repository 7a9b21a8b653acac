import { computeEmotionCurve } from '../core/compute-emotion-curve';
import { computeJourney } from '../core/compute-journey';
import type { SandboxToUi, UiToSandbox } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { drawEmotionCurve } from './draw-emotion-curve';
import type { FigJamApi, FigJamSceneNode } from './figjam-api';
import { findEmotionCurveNodes } from './find-emotion-curve-nodes';
import { findMapSection } from './find-map-section';
import { pauseAsync } from './pause-async';
import { PluginError } from './plugin-error';
import { readTaggedMapAsync } from './read-tagged-map-async';

type DrawEmotionCurveRequest = Extract<UiToSandbox, { type: 'draw-emotion-curve' }>;
type Post = (message: SandboxToUi) => void;

/** Connectors first, so no connector is ever left attached to a dot that is gone. */
function removeCurve(nodes: readonly FigJamSceneNode[]): void {
  const ordered = [...nodes.filter((node) => node.type === 'CONNECTOR'), ...nodes.filter((node) => node.type !== 'CONNECTOR')];
  for (const node of ordered) {
    if (!node.removed) node.remove();
  }
}

/**
 * Draws the emotion curve of a map as its notes are now, replacing the curve drawn before. The new curve is drawn
 * before the old one is removed, so a failure leaves the old curve as it was. With no score yet, an old curve
 * would show scores the notes no longer give, so it is removed and nothing is drawn.
 */
export async function handleDrawEmotionCurveAsync(api: FigJamApi, request: DrawEmotionCurveRequest, post: Post): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const mapSection = findMapSection(api, request.mapId);
  const map = await readTaggedMapAsync(api, mapSection, {
    includeAuthors: false,
    onStepAsync: async ({ done, total }) => {
      post({ type: 'progress', requestId: request.requestId, phase: USER_MESSAGES.readingNotes, done, total });
      await pauseAsync();
    },
  });
  const journey = computeJourney(map, {
    exportedAt: new Date().toISOString(),
    pluginVersion: PLUGIN_VERSION,
    page: api.currentPage.name,
    via: 'plugin',
    mapKind: 'tagged',
  });
  const curve = computeEmotionCurve(map, journey.stages.map((stage) => stage.emotion.score));
  if (curve.kind === 'no-emotions-lane') throw new PluginError(USER_MESSAGES.noEmotionLane);

  const laneNode = curve.lane.nodeId === null ? null : await api.getNodeByIdAsync(curve.lane.nodeId);
  // A tagged map's lanes are always sections read moments ago; anything else is a bug, not a user's doing.
  if (laneNode === null || laneNode.type !== 'SECTION') throw new Error(`Emotion lane ${curve.lane.id} is not a section`);

  const previous = findEmotionCurveNodes(mapSection, map.mapId);
  const drawn = drawEmotionCurve(api, laneNode, curve.lane.bounds, curve.points, map.mapId);
  removeCurve(previous);
  if (drawn.length > 0 || previous.length > 0) api.commitUndo();

  api.notify(curve.points.length === 0 ? USER_MESSAGES.noEmotionScoresForCurve : USER_MESSAGES.emotionCurveDrawn(curve.points.length));
  return { type: 'emotion-curve-drawn', requestId: request.requestId, mapId: map.mapId, points: curve.points.length };
}
