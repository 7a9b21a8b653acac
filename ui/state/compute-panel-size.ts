import { PANEL_SIZE_LIMITS } from '../../src/core/protocol/preferences';

export interface PanelSize {
  width: number;
  height: number;
}

/**
 * The panel's size asked for by the corner handle (`wanted`, the size before the drag plus how far the pointer
 * went), in whole pixels within PANEL_SIZE_LIMITS: a panel too small for its forms, or so large it hides the
 * board, is never asked for.
 */
export function computePanelSize(wanted: { x: number; y: number }): PanelSize {
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));
  return {
    width: clamp(wanted.x, PANEL_SIZE_LIMITS.minWidth, PANEL_SIZE_LIMITS.maxWidth),
    height: clamp(wanted.y, PANEL_SIZE_LIMITS.minHeight, PANEL_SIZE_LIMITS.maxHeight),
  };
}
