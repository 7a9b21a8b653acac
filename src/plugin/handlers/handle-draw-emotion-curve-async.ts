import type { SandboxToUi, UiToSandbox } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { createProgressReporter } from '../platform/create-progress-reporter';
import { createRequestYieldBudget } from '../platform/yield-budget';
import type { YieldBudget } from '../platform/yield-budget';
import { EMOTION_CURVE_FONT, connectorsFirst, drawEmotionCurve } from '../write/draw-emotion-curve';
import { loadFontsAsync } from '../platform/load-fonts-async';
import { FONT_FAMILY } from '../../core/template/map-layout';
import { ChangeLog } from '../write/change-log';
import type { FigJamApi, FigJamSceneNode } from '../platform/figjam-api';
import { findEmotionCurveNodes } from '../read/find-emotion-curve-nodes';
import { findMapSection } from '../read/find-map-section';
import { PluginError } from '../platform/plugin-error';
import { readEmotionCurveAsync } from '../read/read-emotion-curve-async';
import { requireFigJam } from '../platform/require-figjam';
import { separateCopiedMap } from '../write/separate-copied-map';
import type { Post } from '../platform/post';

type DrawEmotionCurveRequest = Extract<UiToSandbox, { type: 'draw-emotion-curve' }>;
/**
 * Draws the emotion curve of a map as its notes are now, replacing the curve drawn before. The new curve is drawn
 * before the old one is removed, so a failure leaves the old curve as it was; removals come last, as a plugin
 * cannot bring a removed node back: should one fail, the step is still closed and the answer says so, and one
 * undo restores the old curve. With no score yet, an old curve would show scores the notes no longer give, so it
 * is removed and nothing is drawn.
 */
export async function handleDrawEmotionCurveAsync(
  api: FigJamApi,
  request: DrawEmotionCurveRequest,
  post: Post,
  budget: YieldBudget = createRequestYieldBudget(post, request.requestId, USER_MESSAGES.readingNotes),
): Promise<SandboxToUi> {
  requireFigJam(api);
  const mapSection = findMapSection(api, request.mapId);
  const reportAsync = createProgressReporter(post, request.requestId, USER_MESSAGES.readingNotes, budget);
  const { map, curve, lane } = await readEmotionCurveAsync(api, mapSection, reportAsync, budget);
  if (curve.kind === 'no-emotions-lane' || lane === null) throw new PluginError(USER_MESSAGES.noEmotionLane);
  await loadFontsAsync(api, [EMOTION_CURVE_FONT]).catch((error: unknown) => {
    throw new PluginError(USER_MESSAGES.fontUnavailable(error instanceof PluginError ? error.message : FONT_FAMILY));
  });

  const log = new ChangeLog();
  let mapId: string;
  let previous: FigJamSceneNode[];
  let drawn: FigJamSceneNode[];
  try {
    mapId = separateCopiedMap(log, mapSection, map.mapId);
    previous = findEmotionCurveNodes(mapSection, mapId);
    drawn = drawEmotionCurve(api, lane, curve.lane.bounds, curve.points, mapId);
  } catch (error) {
    log.rollback();
    throw error;
  }
  let failed = 0;
  for (const node of connectorsFirst(previous)) {
    try {
      if (!node.removed) node.remove();
    } catch {
      failed += 1;
    }
  }
  if (drawn.length > 0 || previous.length > 0) api.commitUndo();
  if (failed > 0) throw new PluginError(USER_MESSAGES.partsNotRemoved(failed));

  api.notify(curve.points.length === 0 ? USER_MESSAGES.noEmotionScoresForCurve : USER_MESSAGES.emotionCurveDrawn(curve.points.length));
  return { type: 'emotion-curve-drawn', requestId: request.requestId, mapId, points: curve.points.length };
}
