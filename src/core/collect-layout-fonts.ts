import type { FontStyle, MapLayout } from './map-layout';
import { EMOTION_SCALE_FONT_STYLE, STAGE_HEADER_FONT_STYLE } from './map-layout';

/** Every font style the layout writes text in, once each, so fonts are loaded once before any node is made. */
export function collectLayoutFonts(layout: MapLayout): FontStyle[] {
  const styles = new Set<FontStyle>();
  styles.add(layout.title.fontStyle);
  styles.add(layout.persona.card.fontStyle);
  if (layout.stageHeaders.length > 0) styles.add(STAGE_HEADER_FONT_STYLE);
  for (const lane of layout.lanes) {
    styles.add(lane.label.fontStyle);
    if (lane.instruction) styles.add(lane.instruction.fontStyle);
    if (lane.emotionScale.length > 0) styles.add(EMOTION_SCALE_FONT_STYLE);
  }
  return [...styles].sort();
}

