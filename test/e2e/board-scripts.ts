import type { Page } from 'playwright-core';
import { TAG_KEYS, TAG_NAMESPACE } from '../../src/core/board/map-tags';
import type { FigJamApi, FigJamSceneNode } from '../../src/plugin/platform/figjam-api';
import type { TemplateSpec } from '../../src/core/template/template-spec';

/**
 * Scripts run inside the playground through `window.figma`, the plugin API of its board. They are written as
 * self-contained functions because Playwright sends their source to the page; what they need comes as arguments.
 */
interface PageGlobals {
  figma: FigJamApi;
  playground: { handles: { board: { addStamp(options: { name: string; stuckTo: FigJamSceneNode }): unknown } } };
}

export interface NotePlacement {
  laneId: string;
  stageId: string;
  text: string;
  /** Stamp names to stick to the note, e.g. ["+1", "heart"]. */
  stamps?: string[];
  /** The sticky's fill, channels 0..1; FigJam's default yellow when absent. */
  color?: RGB;
}

const TAGS = { namespace: TAG_NAMESPACE, role: TAG_KEYS.role, laneId: TAG_KEYS.laneId, stageId: TAG_KEYS.stageId, spec: TAG_KEYS.spec };

/** The spec stored on the one map on the board, read back through the API. */
export async function readMapSpecAsync(page: Page): Promise<TemplateSpec> {
  const json = await page.evaluate((tags) => {
    const { figma } = globalThis as unknown as PageGlobals;
    const maps = figma.currentPage
      .findAllWithCriteria({ types: ['SECTION'], sharedPluginData: { namespace: tags.namespace, keys: [tags.role] } })
      .filter((node) => node.getSharedPluginData(tags.namespace, tags.role) === 'map');
    if (maps.length !== 1) throw new Error(`Expected one map on the board, found ${maps.length}`);
    return maps[0]!.getSharedPluginData(tags.namespace, tags.spec);
  }, TAGS);
  return JSON.parse(json) as TemplateSpec;
}

/**
 * Adds stickies as a participant would: each dropped into its lane's section (appendChild, then x/y relative to
 * the lane), inside the cell of its stage, beside the notes already added there. Returns the sticky ids in order.
 */
export async function addNotesAsync(page: Page, notes: readonly NotePlacement[]): Promise<string[]> {
  return page.evaluate(
    async ({ tags, notes }) => {
      const { figma, playground } = globalThis as unknown as PageGlobals;
      const cells = figma.currentPage
        .findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'], sharedPluginData: { namespace: tags.namespace, keys: [tags.role] } })
        .filter((node) => node.getSharedPluginData(tags.namespace, tags.role) === 'cell');
      const lanes = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] });
      const addedPerCell = new Map<string, number>();
      const ids: string[] = [];
      for (const note of notes) {
        const cell = cells.find(
          (candidate) =>
            candidate.getSharedPluginData(tags.namespace, tags.laneId) === note.laneId &&
            candidate.getSharedPluginData(tags.namespace, tags.stageId) === note.stageId,
        );
        const lane = lanes.find((candidate) => candidate.id === cell?.parent?.id);
        if (!cell || !lane) throw new Error(`No cell in a lane for ${note.laneId} × ${note.stageId}`);
        const key = `${note.laneId}/${note.stageId}`;
        const index = addedPerCell.get(key) ?? 0;
        addedPerCell.set(key, index + 1);
        const sticky = figma.createSticky();
        await figma.loadFontAsync(sticky.text.fontName as FontName);
        sticky.text.characters = note.text;
        if (note.color) sticky.fills = [{ type: 'SOLID', color: note.color }];
        const cellBox = cell.absoluteBoundingBox!;
        const laneOrigin = lane.absoluteTransform;
        lane.appendChild(sticky);
        // Side by side while they fit in the cell, then on a new row.
        const perRow = Math.max(1, Math.floor((cellBox.width - 24) / (sticky.width + 24)));
        sticky.x = cellBox.x + 24 + (index % perRow) * (sticky.width + 24) - laneOrigin[0][2];
        sticky.y = cellBox.y + 24 + Math.floor(index / perRow) * (sticky.height + 24) - laneOrigin[1][2];
        // Side by side over the top-right corner, as people place several stamps on one note.
        (note.stamps ?? []).forEach((name, stampIndex) => {
          const stamp = playground.handles.board.addStamp({ name, stuckTo: sticky }) as FigJamSceneNode;
          stamp.x -= stampIndex * 28;
        });
        ids.push(sticky.id);
      }
      return ids;
    },
    { tags: TAGS, notes },
  );
}

/** Deletes the map's drawn parts of one role, as a person deleting the title or the persona card would. */
export async function removeMapPartsAsync(page: Page, role: string): Promise<number> {
  return page.evaluate(
    ({ tags, role }) => {
      const { figma } = globalThis as unknown as PageGlobals;
      const parts = figma.currentPage
        .findAll(() => true)
        .filter((node) => node.getSharedPluginData(tags.namespace, tags.role) === role);
      for (const part of parts) part.remove();
      return parts.length;
    },
    { tags: TAGS, role },
  );
}

/** Adds stickies inside the persona's section, beside its card, as a team notes what they know of the persona. */
export async function addPersonaNotesAsync(page: Page, texts: readonly string[]): Promise<void> {
  await page.evaluate(
    async ({ tags, texts }) => {
      const { figma } = globalThis as unknown as PageGlobals;
      const [section] = figma.currentPage
        .findAllWithCriteria({ types: ['SECTION'], sharedPluginData: { namespace: tags.namespace, keys: [tags.role] } })
        .filter((node) => node.getSharedPluginData(tags.namespace, tags.role) === 'persona');
      if (!section) throw new Error('No persona section on the board');
      for (const [index, text] of texts.entries()) {
        const sticky = figma.createSticky();
        await figma.loadFontAsync(sticky.text.fontName as FontName);
        sticky.text.characters = text;
        section.appendChild(sticky);
        sticky.x = 24 + index * 24;
        sticky.y = section.height - sticky.height - 24 - index * 24;
      }
    },
    { tags: TAGS, texts },
  );
}
