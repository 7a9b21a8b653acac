import { describe, expect, it } from 'vitest';
import { TAG_KEYS, TAG_NAMESPACE } from '../../../src/core/board/map-tags';
import type { FigJamSceneNode, FigJamSection } from '../../../src/plugin/platform/figjam-api';
import { UNVERIFIED_SETTINGS } from '../../fake-figjam/index';
import type { UnverifiedDefaults } from '../../fake-figjam/index';
import { addNoteAsync, boundsOf, nodesWithRole, tagOf } from '../board-builders';
import { exportNotesAsync } from '../map-edit-helpers';
import { startPluginSession } from '../plugin-session';
import type { PluginSession } from '../plugin-session';

function mapSections(session: PluginSession): FigJamSection[] {
  return nodesWithRole(session.fake.figma, 'map').sort((a, b) => boundsOf(a).x - boundsOf(b).x) as FigJamSection[];
}

/** What copying a whole map in FigJam leaves: a second section whose nodes carry the first map's id and spec. */
function copyTagsOf(from: FigJamSection, to: FigJamSection): void {
  const mapId = tagOf(from, TAG_KEYS.mapId);
  to.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.spec, tagOf(from, TAG_KEYS.spec));
  const tagged: FigJamSceneNode[] = [
    to,
    ...to.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.mapId] } }),
  ];
  for (const node of tagged) node.setSharedPluginData(TAG_NAMESPACE, TAG_KEYS.mapId, mapId);
}

function emotionLaneOf(section: FigJamSection): FigJamSection {
  return section.findAll(
    (node) => node.type === 'SECTION' && tagOf(node, TAG_KEYS.laneId) === 'emotions',
  )[0] as FigJamSection;
}

/** A session with two maps drawn side by side, the left one to be copied onto the right one. */
async function startWithTwoMapsAsync(unverified: Partial<UnverifiedDefaults>): Promise<{ session: PluginSession; original: FigJamSection; copy: FigJamSection }> {
  const session = startPluginSession({ unverified });
  await session.requestAsync({ type: 'create-map', requestId: 'first' });
  await session.requestAsync({ type: 'create-map', requestId: 'second' });
  const [original, copy] = mapSections(session);
  return { session, original: original!, copy: copy! };
}

describe.each(UNVERIFIED_SETTINGS)('a map copied in FigJam ($name)', ({ unverified }) => {
  it('is listed and exported as its own map, and its first edit gives it its own id without touching the other', async () => {
    const { session, original, copy } = await startWithTwoMapsAsync(unverified);
    const { figma } = session.fake;
    copyTagsOf(original, copy);
    const mapId = tagOf(original, TAG_KEYS.mapId);
    for (const [section, text] of [
      [original, 'In the original'],
      [copy, 'In the copy'],
    ] as const) {
      const lane = emotionLaneOf(section);
      const box = boundsOf(lane);
      await addNoteAsync(figma, { text: `${text} +1`, x: box.x + 1000, y: box.y + 60, parent: lane });
    }

    const listed = await session.requestAsync({ type: 'list-maps', requestId: 'list' });
    if (listed.type !== 'maps-listed') throw new Error(JSON.stringify(listed));
    expect(listed.maps.map((map) => [map.nodeId, map.mapId])).toEqual([
      [original.id, mapId],
      [copy.id, `${mapId}-2`],
    ]);
    const exportedOriginal = await exportNotesAsync(session, mapId);
    const exportedCopy = await exportNotesAsync(session, `${mapId}-2`);
    expect(exportedOriginal.journey.source.mapId).toBe(mapId);
    expect(exportedCopy.journey.source.mapId).toBe(`${mapId}-2`);
    const texts = (journey: typeof exportedCopy.journey) =>
      journey.stages.flatMap((stage) => Object.values(stage.lanes).flat()).map((note) => note.text);
    expect(texts(exportedOriginal.journey)).toEqual(['In the original +1']);
    expect(texts(exportedCopy.journey)).toEqual(['In the copy +1']);

    for (const id of [mapId, `${mapId}-2`]) {
      expect(
        await session.requestAsync({ type: 'draw-emotion-curve', requestId: `curve-${id}`, mapId: id }),
      ).toMatchObject({ type: 'emotion-curve-drawn' });
    }
    const listedAfterCurves = await session.requestAsync({ type: 'list-maps', requestId: 'list-2' });
    if (listedAfterCurves.type !== 'maps-listed') throw new Error(JSON.stringify(listedAfterCurves));
    const copyId = listedAfterCurves.maps[1]!.mapId;
    expect(copyId).not.toBe(mapId);
    expect(copyId).not.toBe(`${mapId}-2`);
    expect(tagOf(original, TAG_KEYS.mapId)).toBe(mapId);
    const curveOf = (section: FigJamSection) =>
      section.findAll((node) => tagOf(node, TAG_KEYS.role) === 'emotion-curve').map((node) => node.id);
    const copyCurve = curveOf(copy);
    expect(copyCurve.length).toBeGreaterThan(0);

    const tidied = await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId });
    expect(tidied).toMatchObject({ type: 'map-tidied', mapId });
    expect(curveOf(copy)).toEqual(copyCurve);
    expect(await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve-again', mapId })).toMatchObject({
      type: 'emotion-curve-drawn',
    });
    expect(curveOf(copy)).toEqual(copyCurve);
    expect(texts((await exportNotesAsync(session, copyId)).journey)).toEqual(['In the copy +1']);
    expect(texts((await exportNotesAsync(session, mapId)).journey)).toEqual(['In the original +1']);
  });

  it("leaves a copy's curve dragged out of the copy alone: neither a tidy nor a redraw of the original takes it", async () => {
    const { session, original, copy } = await startWithTwoMapsAsync(unverified);
    const { figma } = session.fake;
    for (const section of [original, copy]) {
      const box = boundsOf(emotionLaneOf(section));
      await addNoteAsync(figma, { text: '+1', x: box.x + 1000, y: box.y + 60, parent: emotionLaneOf(section) });
      const mapId = tagOf(section, TAG_KEYS.mapId);
      expect(await session.requestAsync({ type: 'draw-emotion-curve', requestId: `curve-${mapId}`, mapId })).toMatchObject({ type: 'emotion-curve-drawn' });
    }
    // Copied with its curve, then one dot of the copy's curve dragged out of the copy onto the page.
    copyTagsOf(original, copy);
    const mapId = tagOf(original, TAG_KEYS.mapId);
    const dragged = copy.findAll((node) => tagOf(node, TAG_KEYS.role) === 'emotion-curve' && node.type === 'SHAPE_WITH_TEXT')[0]!;
    figma.currentPage.appendChild(dragged);
    expect(tagOf(dragged, TAG_KEYS.mapId)).toBe(mapId);
    const curveOf = (section: FigJamSection) => section.findAll((node) => tagOf(node, TAG_KEYS.role) === 'emotion-curve').map((node) => node.id);
    const originalCurve = curveOf(original);

    // A second score makes both the tidy and the redraw draw the original's curve again.
    const box = boundsOf(emotionLaneOf(original));
    await addNoteAsync(figma, { text: '-2', x: box.x + 1600, y: box.y + 60, parent: emotionLaneOf(original) });
    expect(await session.requestAsync({ type: 'tidy-map', requestId: 'tidy', mapId })).toMatchObject({ type: 'map-tidied', mapId });
    const tidiedCurve = curveOf(original);
    expect(tidiedCurve.some((id) => originalCurve.includes(id))).toBe(false);
    expect(dragged.removed).toBe(false);
    await addNoteAsync(figma, { text: '+2', x: box.x + 2200, y: box.y + 60, parent: emotionLaneOf(original) });
    expect(await session.requestAsync({ type: 'draw-emotion-curve', requestId: 'curve-again', mapId })).toMatchObject({ type: 'emotion-curve-drawn' });
    expect(curveOf(original).some((id) => tidiedCurve.includes(id))).toBe(false);
    expect(dragged.removed).toBe(false);
  });

  it('gets its own id on its first update too', async () => {
    const { session, original, copy } = await startWithTwoMapsAsync(unverified);
    copyTagsOf(original, copy);
    const mapId = tagOf(original, TAG_KEYS.mapId);
    const spec = await session.requestAsync({ type: 'read-map-spec', requestId: 'spec', mapId: `${mapId}-2` });
    if (spec.type !== 'map-spec') throw new Error(JSON.stringify(spec));
    const renamed = { ...spec.spec, title: 'Future state' };
    const updated = await session.requestAsync({
      type: 'update-map',
      requestId: 'update',
      mapId: `${mapId}-2`,
      spec: renamed,
    });
    if (updated.type !== 'map-updated') throw new Error(JSON.stringify(updated));
    expect(updated.mapId).not.toBe(mapId);
    expect(tagOf(copy, TAG_KEYS.mapId)).toBe(updated.mapId);
    expect(copy.name).toBe('Future state');
    expect(tagOf(original, TAG_KEYS.mapId)).toBe(mapId);
    expect(original.name).not.toBe('Future state');
    const parts = copy.findAllWithCriteria({ sharedPluginData: { namespace: TAG_NAMESPACE, keys: [TAG_KEYS.mapId] } });
    expect(new Set(parts.map((node) => tagOf(node, TAG_KEYS.mapId)))).toEqual(new Set([updated.mapId]));
  });
});
