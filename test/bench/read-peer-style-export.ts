import type { FigJamApi, FigJamSticky } from '../../src/plugin/platform/figjam-api';

export interface PeerStyleNote {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fills: FigJamSticky['fills'];
  parent: unknown;
}

/**
 * How common sticky exporters read a board: every node of the page tested by type, then a handful of properties
 * of each sticky. Kept as they write it, to count its reads on the same board as ours.
 */
export function readPeerStyleExport(figma: FigJamApi): PeerStyleNote[] {
  const stickies = figma.currentPage.findAll((node) => node.type === 'STICKY') as FigJamSticky[];
  return stickies.map((sticky) => ({
    text: sticky.text.characters,
    x: sticky.x,
    y: sticky.y,
    width: sticky.width,
    height: sticky.height,
    fills: sticky.fills,
    parent: sticky.parent,
  }));
}
