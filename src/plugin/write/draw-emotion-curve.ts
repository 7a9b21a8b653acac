import type { EmotionCurvePoint } from '../../core/journey/compute-emotion-curve';
import type { Rect } from '../../core/shared/geometry';
import { MAP_STYLE } from '../../core/shared/map-style';
import { fontOf, solidPaints } from '../../core/template/render-style';
import { formatEmotionScore } from '../../core/journey/format-emotion-score';
import type { FigJamApi, FigJamConnector, FigJamSection, FigJamShapeWithText } from '../platform/figjam-api';
import { tagNode } from './tag-node';

/** Thick enough to read as the lane's chart line at a zoom that shows the whole map. */
const LINE_WEIGHT = 8;
/** The score in each dot, a third of the dot as before it grew, so "+1.5" fits as it did; the font is loaded by the caller (see EMOTION_CURVE_FONT). */
const DOT_LABEL_FONT_SIZE = 28;
export const EMOTION_CURVE_FONT = fontOf('Bold');

/** A curve's nodes in the order to remove them: connectors first, so none is left attached to a dot that is gone. */
export function connectorsFirst<Node extends { readonly type: NodeType }>(nodes: readonly Node[]): Node[] {
  return [...nodes.filter((node) => node.type === 'CONNECTOR'), ...nodes.filter((node) => node.type !== 'CONNECTOR')];
}

type CurveNode = FigJamShapeWithText | FigJamConnector;

/**
 * Draws a dot per point, labelled with the stage's score, in the emotion lane section and a straight connector between consecutive dots, attached
 * to them, so a dot moved by hand keeps its line. The connector is put in the section before its ends are set:
 * endpoints are canvas coordinates, and re-parenting afterwards would shift it. Nothing is tagged as a `part`, so the
 * export never reads it. On a failure, what was drawn is removed and the error rethrown.
 */
export function drawEmotionCurve(
  api: FigJamApi,
  lane: FigJamSection,
  laneBounds: Rect,
  points: readonly EmotionCurvePoint[],
  mapId: string,
): CurveNode[] {
  const created: CurveNode[] = [];
  try {
    const dots = points.map((point) => {
      const dot = api.createShapeWithText();
      created.push(dot);
      lane.appendChild(dot);
      dot.shapeType = 'ELLIPSE';
      dot.x = point.dot.x - laneBounds.x;
      dot.y = point.dot.y - laneBounds.y;
      dot.resize(point.dot.width, point.dot.height);
      dot.fills = solidPaints(MAP_STYLE.emotionCurve);
      dot.strokes = solidPaints(MAP_STYLE.emotionCurve);
      dot.text.fontName = EMOTION_CURVE_FONT;
      dot.text.fontSize = DOT_LABEL_FONT_SIZE;
      dot.text.characters = formatEmotionScore(point.score);
      dot.text.fills = solidPaints(MAP_STYLE.emotionCurveText);
      tagNode(dot, { role: 'emotion-curve', mapId, stageId: point.stageId });
      return dot;
    });
    for (let index = 1; index < dots.length; index++) {
      const connector = api.createConnector();
      created.push(connector);
      lane.appendChild(connector);
      connector.connectorLineType = 'STRAIGHT';
      connector.connectorStart = { endpointNodeId: dots[index - 1]!.id, magnet: 'CENTER' };
      connector.connectorEnd = { endpointNodeId: dots[index]!.id, magnet: 'CENTER' };
      connector.connectorStartStrokeCap = 'NONE';
      connector.connectorEndStrokeCap = 'NONE';
      connector.strokes = solidPaints(MAP_STYLE.emotionCurve);
      connector.strokeWeight = LINE_WEIGHT;
      tagNode(connector, { role: 'emotion-curve', mapId });
    }
    return created;
  } catch (error) {
    for (const node of created.reverse()) {
      if (!node.removed) node.remove();
    }
    throw error;
  }
}
