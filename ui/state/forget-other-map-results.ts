import { batch } from '@preact/signals';
import type { MapSummary } from '../../src/core/protocol/protocol';
import { USER_MESSAGES } from '../../src/core/shared/user-messages';
import type { AppState } from './create-app-state';

/**
 * What the panel holds belongs to one map: the Export tab's reading (preview, status, Download, Copy), the
 * comparison whose "before" it was, and the Edit tab's last outcome. Once another map is chosen, however (the picker, a map drawn, imported or duplicated, a
 * selection on the board), whatever belongs to another map is put away, and a read under way for it is dropped, so
 * nothing on show speaks of a map that is no longer the chosen one. The status line says Read map reads the new one.
 * Invariant: afterwards every reading and comparison on hand is of `chosen`.
 */
export function forgetOtherMapResults(state: AppState, chosen: MapSummary | null): void {
  const mapId = chosen?.mapId ?? null;
  const result = state.exportResult.peek();
  const comparison = state.comparisonResult.peek();
  const readMapId = state.exportReadMapId.peek();
  const forgetReading =
    (result !== null && result.journey.source.mapId !== mapId) ||
    // A read sent with no map (a hand-drawn selection) is of no map that can be chosen: it goes too once one is.
    (state.isExporting.peek() && (readMapId === undefined ? mapId !== null : readMapId !== mapId));
  const forgetComparison = comparison !== null && comparison.comparison.before.source.mapId !== mapId;
  batch(() => {
    if (forgetReading) {
      // An answer still on its way is for the map no longer chosen: its sequence number no longer matches.
      state.exportReadCount.value += 1;
      state.exportFormatCount.value += 1;
      state.isExporting.value = false;
      state.isFormatting.value = false;
      state.exportProgress.value = null;
      state.exportResult.value = null;
      state.outputStatus.value = null;
      state.zoomErrors.value = {};
      state.exportStatus.value = chosen === null ? null : { tone: 'info', text: USER_MESSAGES.otherMapChosen(chosen.title) };
    }
    if (forgetComparison) {
      state.comparisonResult.value = null;
      state.comparisonStatus.value = null;
    }
    // The Edit tab's last outcome ("Drew … It is now the chosen map.", "Tidied the map: …") was about the map
    // chosen before; an action or update still under way keeps its line until it ends.
    if (state.mapActionBusy.peek() === null) state.mapActionStatus.value = null;
    if (!state.isUpdatingMap.peek() && state.mapEditStatus.peek()?.tone === 'success') state.mapEditStatus.value = null;
  });
}
