import type { Point, Rect } from '../shared/geometry';
import { rectTranslate } from '../shared/geometry';
import type { LegendLayout, MapDecorationsLayout, TextBox, WorkshopPanelLayout } from './map-layout';

/** The same decorations `origin` further: every rect moved, nothing else changed. */
export function translateDecorations(decorations: MapDecorationsLayout, origin: Point): MapDecorationsLayout {
  const move = (rect: Rect): Rect => rectTranslate(rect, origin.x, origin.y);
  const moveBox = (box: TextBox): TextBox => ({ ...box, rect: move(box.rect) });
  const moveBoxOrNull = (box: TextBox | null): TextBox | null => (box === null ? null : moveBox(box));
  const movePanel = (panel: WorkshopPanelLayout): WorkshopPanelLayout => ({
    panel: move(panel.panel),
    heading: moveBox(panel.heading),
    body: moveBox(panel.body),
  });
  const moveLegend = (legend: LegendLayout): LegendLayout => ({
    ...movePanel(legend),
    entries: legend.entries.map((entry) => ({ ...entry, swatch: moveBox(entry.swatch), meaning: moveBox(entry.meaning) })),
  });
  return {
    titleArea: { badge: moveBoxOrNull(decorations.titleArea.badge), detail: moveBoxOrNull(decorations.titleArea.detail) },
    stageHeaderTexts: new Map(decorations.stageHeaderTexts),
    stageDescriptions: decorations.stageDescriptions.map((entry) => ({ ...entry, box: moveBox(entry.box) })),
    emotionGuides: new Map(
      [...decorations.emotionGuides].map(([laneId, guides]) => [laneId, guides.map((guide) => ({ ...guide, rect: move(guide.rect) }))]),
    ),
    workshop: {
      legend: decorations.workshop.legend === null ? null : moveLegend(decorations.workshop.legend),
      howTo: decorations.workshop.howTo === null ? null : movePanel(decorations.workshop.howTo),
    },
  };
}
