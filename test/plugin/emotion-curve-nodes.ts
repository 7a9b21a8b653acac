import { rectCenter } from '../../src/core/shared/geometry';
import type { Rect } from '../../src/core/shared/geometry';
import { TAG_KEYS } from '../../src/core/board/map-tags';
import type { FigJamApi, FigJamConnector, FigJamSceneNode, FigJamShapeWithText } from '../../src/plugin/platform/figjam-api';
import { boundsOf, nodesWithRole, tagOf } from './board-builders';

const NOTE = 240;

/** The scale's contract: +2 half a note below the lane's top, -2 half a note above its bottom, linear between. */
export function expectedY(band: Rect, score: number): number {
  return band.y + NOTE / 2 + ((2 - score) / 4) * (band.height - NOTE);
}

export function stageCentreX(figma: FigJamApi, stageId: string): number {
  const header = nodesWithRole(figma, 'stage').find((node) => tagOf(node, TAG_KEYS.stageId) === stageId)!;
  return rectCenter(boundsOf(header)).x;
}

/** The curve's dots left to right, its connectors, and every node of it. */
export function curveOf(figma: FigJamApi): { dots: FigJamShapeWithText[]; connectors: FigJamConnector[]; all: FigJamSceneNode[] } {
  const all = nodesWithRole(figma, 'emotion-curve');
  const dots = all
    .filter((node): node is FigJamShapeWithText => node.type === 'SHAPE_WITH_TEXT')
    .sort((a, b) => boundsOf(a).x - boundsOf(b).x);
  const connectors = all.filter((node): node is FigJamConnector => node.type === 'CONNECTOR');
  return { dots, connectors, all };
}

export function endpointIds(connector: FigJamConnector): [string | undefined, string | undefined] {
  const start = connector.connectorStart;
  const end = connector.connectorEnd;
  return ['endpointNodeId' in start ? start.endpointNodeId : undefined, 'endpointNodeId' in end ? end.endpointNodeId : undefined];
}
