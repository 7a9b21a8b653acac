import type { SandboxToUi, UiToSandbox } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { createProgressReporter } from './create-progress-reporter';
import { connectorsFirst, drawEmotionCurve } from './draw-emotion-curve';
import type { FigJamApi } from './figjam-api';
import { findEmotionCurveNodes } from './find-emotion-curve-nodes';
import { findMapSection } from './find-map-section';
import { PluginError } from './plugin-error';
import { readEmotionCurveAsync } from './read-emotion-curve-async';
import { requireFigJam } from './require-figjam';
import type { Post } from './post';

type DrawEmotionCurveRequest = Extract<UiToSandbox, { type: 'draw-emotion-curve' }>;
/**
 * Draws the emotion curve of a map as its notes are now, replacing the curve drawn before. The new curve is drawn
 * before the old one is removed, so a failure leaves the old curve as it was. With no score yet, an old curve
 * would show scores the notes no longer give, so it is removed and nothing is drawn.
 */
export async function handleDrawEmotionCurveAsync(api: FigJamApi, request: DrawEmotionCurveRequest, post: Post): Promise<SandboxToUi> {
  requireFigJam(api);
  const mapSection = findMapSection(api, request.mapId);
  const { map, curve, lane } = await readEmotionCurveAsync(api, mapSection, createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes));
  if (curve.kind === 'no-emotions-lane' || lane === null) throw new PluginError(USER_MESSAGES.noEmotionLane);

  const previous = findEmotionCurveNodes(mapSection, map.mapId);
  const drawn = drawEmotionCurve(api, lane, curve.lane.bounds, curve.points, map.mapId);
  for (const node of connectorsFirst(previous)) if (!node.removed) node.remove();
  if (drawn.length > 0 || previous.length > 0) api.commitUndo();

  api.notify(curve.points.length === 0 ? USER_MESSAGES.noEmotionScoresForCurve : USER_MESSAGES.emotionCurveDrawn(curve.points.length));
  return { type: 'emotion-curve-drawn', requestId: request.requestId, mapId: map.mapId, points: curve.points.length };
}
