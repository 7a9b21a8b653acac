import type { FigJamApi, FigJamSceneNode } from '../../src/plugin/platform/figjam-api';

export interface SceneText {
  characters: string;
  fontSize: number;
  color: string;
  bold: boolean;
  align: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED';
  /** A text node that grows sideways (WIDTH_AND_HEIGHT) does not wrap. */
  wraps: boolean;
}

/** A node as the board draws it: plain data in page coordinates, read through the plugin API. */
export interface SceneItem {
  id: string;
  type: FigJamSceneNode['type'];
  name: string;
  /** Page coordinates of the node's own top-left corner, and its unrotated size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Degrees, clockwise on screen, about the top-left corner. */
  rotation: number;
  fill: string | null;
  stroke: string | null;
  strokeWeight: number;
  shapeType: string | null;
  text: SceneText | null;
  locked: boolean;
  author: string | null;
  stuckToId: string | null;
  children: SceneItem[];
  /** Connectors only: start and end in page coordinates; the box alone does not say which way the line runs. */
  line?: { x1: number; y1: number; x2: number; y2: number };
}

export interface BoardScene {
  items: SceneItem[];
  /** The API node behind each drawn item, for the board's own edits. */
  nodesById: Map<string, FigJamSceneNode>;
}

function toHex(channel: number): string {
  return Math.round(Math.min(1, Math.max(0, channel)) * 255)
    .toString(16)
    .padStart(2, '0');
}

function readSolidColor(paints: unknown): string | null {
  if (!Array.isArray(paints)) return null;
  const solid = (paints as ReadonlyArray<Paint>).find((paint) => paint.type === 'SOLID' && paint.visible !== false);
  if (!solid || solid.type !== 'SOLID') return null;
  return `#${toHex(solid.color.r)}${toHex(solid.color.g)}${toHex(solid.color.b)}`;
}

function readNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function isBold(fontName: unknown): boolean {
  if (typeof fontName !== 'object' || fontName === null || !('style' in fontName)) return false;
  return /bold|semi|black|heavy/i.test(String(fontName.style));
}

function readText(node: FigJamSceneNode): SceneText | null {
  if (node.type === 'TEXT') {
    return {
      characters: node.characters,
      fontSize: readNumber(node.fontSize, 24),
      color: readSolidColor(node.fills) ?? '#1e1e1e',
      bold: isBold(node.fontName),
      align: node.textAlignHorizontal,
      wraps: node.textAutoResize !== 'WIDTH_AND_HEIGHT',
    };
  }
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT' || node.type === 'CONNECTOR') {
    const text = node.text;
    return {
      characters: text.characters,
      fontSize: readNumber(text.fontSize, 16),
      color: readSolidColor(text.fills) ?? '#1e1e1e',
      bold: isBold(text.fontName),
      align: node.type === 'STICKY' ? 'LEFT' : 'CENTER',
      wraps: true,
    };
  }
  return null;
}

/** A connector end attached to a node drawn before it is that node's centre (as the curve attaches them); a free end is its position. */
function readEndpoint(endpoint: ConnectorEndpoint, nodesById: ReadonlyMap<string, FigJamSceneNode>): { x: number; y: number } | null {
  if ('endpointNodeId' in endpoint) {
    const box = nodesById.get(endpoint.endpointNodeId)?.absoluteBoundingBox;
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  }
  return 'position' in endpoint ? endpoint.position : null;
}

function readItem(node: FigJamSceneNode, nodesById: Map<string, FigJamSceneNode>): SceneItem | null {
  if (!node.visible) return null;
  nodesById.set(node.id, node);
  const [[a, , x], [c, , y]] = node.absoluteTransform;
  const hasFills = node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT' || node.type === 'SECTION';
  const hasStrokes = node.type === 'SHAPE_WITH_TEXT' || node.type === 'SECTION' || node.type === 'CONNECTOR';
  const item: SceneItem = {
    id: node.id,
    type: node.type,
    name: node.name,
    x,
    y,
    width: node.width,
    height: node.height,
    rotation: (Math.atan2(c, a) * 180) / Math.PI,
    fill: hasFills ? readSolidColor(node.fills) : null,
    stroke: hasStrokes ? readSolidColor(node.strokes) : null,
    strokeWeight: node.type === 'SHAPE_WITH_TEXT' || node.type === 'CONNECTOR' ? readNumber(node.strokeWeight, 1) : 1,
    shapeType: node.type === 'SHAPE_WITH_TEXT' ? node.shapeType : null,
    text: readText(node),
    locked: node.locked,
    author: node.type === 'STICKY' && node.authorVisible ? node.authorName : null,
    stuckToId: node.type === 'STAMP' ? (node.stuckTo?.id ?? null) : null,
    children: [],
  };
  if (node.type === 'SECTION' && !node.sectionContentsHidden) {
    item.children = readItems(node.children, nodesById);
  }
  if (node.type === 'CONNECTOR') {
    const start = readEndpoint(node.connectorStart, nodesById);
    const end = readEndpoint(node.connectorEnd, nodesById);
    if (start && end) item.line = { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  }
  return item;
}

function readItems(nodes: ReadonlyArray<FigJamSceneNode>, nodesById: Map<string, FigJamSceneNode>): SceneItem[] {
  const items: SceneItem[] = [];
  for (const node of nodes) {
    const item = readItem(node, nodesById);
    if (item) items.push(item);
  }
  return items;
}

/**
 * Reads the whole page through the plugin API, back to front, the way the plugin itself would see it, so the
 * board shows what the API says and nothing the API would not.
 */
export function readBoardScene(figma: FigJamApi): BoardScene {
  const nodesById = new Map<string, FigJamSceneNode>();
  return { items: readItems(figma.currentPage.children, nodesById), nodesById };
}

/** Every item, parents before children, back to front. */
export function flattenScene(items: readonly SceneItem[]): SceneItem[] {
  const flat: SceneItem[] = [];
  const visit = (list: readonly SceneItem[]): void => {
    for (const item of list) {
      flat.push(item);
      visit(item.children);
    }
  };
  visit(items);
  return flat;
}
