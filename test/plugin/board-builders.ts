import type { Rect } from '../../src/core/shared/geometry';
import type { FigJamApi, FigJamSceneNode, FigJamSection } from '../../src/plugin/platform/figjam-api';
import { TAG_KEYS, TAG_NAMESPACE } from '../../src/core/board/map-tags';
import type { FakeFigma } from '../fake-figjam/index';
import type { FakeSticky } from '../fake-figjam/fake-sticky';

export interface NoteOptions {
  text: string;
  /** Page coordinates of the note's top-left corner. */
  x: number;
  y: number;
  /** The section it is dropped in, as FigJam does when a note is dropped on a section; the page when absent. */
  parent?: FigJamSection;
  color?: RGB;
}

/** Adds a sticky the way a participant would: dropped into a section (re-parented, then placed) and written. */
export async function addNoteAsync(figma: FakeFigma['figma'], options: NoteOptions): Promise<FakeSticky> {
  const sticky: FakeSticky = figma.createSticky();
  await figma.loadFontAsync(sticky.text.fontName as FontName);
  sticky.text.characters = options.text;
  if (options.color) sticky.fills = [{ type: 'SOLID', color: options.color }];
  if (options.parent) {
    const origin = options.parent.absoluteTransform;
    options.parent.appendChild(sticky);
    sticky.x = options.x - origin[0][2];
    sticky.y = options.y - origin[1][2];
  } else {
    sticky.x = options.x;
    sticky.y = options.y;
  }
  return sticky;
}

export function tagOf(node: FigJamSceneNode, key: string): string {
  return node.getSharedPluginData(TAG_NAMESPACE, key);
}

export function nodesWithRole(figma: FigJamApi, role: string): FigJamSceneNode[] {
  return figma.currentPage
    .findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.role] } })
    .filter((node) => tagOf(node, TAG_KEYS.role) === role);
}

export function boundsOf(node: FigJamSceneNode): Rect {
  const box = node.absoluteBoundingBox!;
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

export function laneSection(figma: FigJamApi, laneId: string): FigJamSection {
  const lane = nodesWithRole(figma, 'lane').find((node) => tagOf(node, TAG_KEYS.laneId) === laneId);
  if (!lane || lane.type !== 'SECTION') throw new Error(`No lane ${laneId}`);
  return lane;
}

export function cellRect(figma: FigJamApi, laneId: string, stageId: string): Rect {
  const cell = nodesWithRole(figma, 'cell').find(
    (node) => tagOf(node, TAG_KEYS.laneId) === laneId && tagOf(node, TAG_KEYS.stageId) === stageId,
  );
  if (!cell) throw new Error(`No cell ${laneId} × ${stageId}`);
  return boundsOf(cell);
}
