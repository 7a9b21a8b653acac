import { FONT_FAMILY } from './map-layout';
import type { FontStyle, TextBox } from './map-layout';
import { hexToRgb } from '../shared/map-style';
import type { RenderFont, RenderPaint, RenderText } from './render-plan';

/** One solid paint of a hex colour: what every fill, stroke and text colour of the map is. */
export function solidPaints(hex: string): RenderPaint[] {
  return [{ type: 'SOLID', color: hexToRgb(hex) }];
}

/** Drawn text is Inter; only the style varies. */
export function fontOf(style: FontStyle): RenderFont {
  return { family: FONT_FAMILY, style };
}

/** The text of a laid-out box in `color`, as the render plan draws it. */
export function textOf(box: TextBox, color: string): RenderText {
  return { characters: box.text, fontName: fontOf(box.fontStyle), fontSize: box.fontSize, fills: solidPaints(color) };
}
