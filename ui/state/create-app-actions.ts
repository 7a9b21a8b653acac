import type { ExportFormat } from '../../src/core/journey/journey-schema';
import type { RequestChannel } from '../channel/request-channel';
import type { CopyEnvironment } from '../io/copy-text';
import type { DownloadEnvironment } from '../io/download-text';
import { createMapAsync, editDraft } from './create-actions';
import type { AppState, TabId } from './create-app-state';
import { listMapsAsync, readMapAsync, setExportOption, zoomToNoteAsync } from './export-actions';
import { importMapAsync, readImportFileAsync, setImportText } from './import-actions';
import type { TextFile } from './import-actions';
import { drawEmotionCurveAsync, duplicateMapAsync, setDuplicateTitle, tidyMapAsync } from './map-actions';
import {
  applyMapChangesAsync,
  cancelMapUpdate,
  confirmMapUpdateAsync,
  editMapDraft,
  followChosenMapAsync,
  readMapSpecAsync,
  refreshEditTabAsync,
} from './map-edit-actions';
import { chooseCompareMap, compareMapsAsync, downloadComparison } from './comparison-actions';
import { copyExportAsync, downloadExport } from './output-actions';
import type { PanelSize } from './compute-panel-size';
import type { SpecDraft } from './spec-draft';

export interface AppActions {
  selectTab(tab: TabId): void;
  editDraft(edit: (draft: SpecDraft) => SpecDraft): void;
  createMapAsync(): Promise<void>;
  readMapAsync(): Promise<void>;
  setExportOption(change: { format?: ExportFormat; mapId?: string; includeAuthors?: boolean }): Promise<void>;
  zoomToNoteAsync(nodeId: string): Promise<void>;
  download(): void;
  copyAsync(): Promise<void>;

  setImportText(text: string): void;
  readImportFileAsync(file: TextFile): Promise<void>;
  importMapAsync(): Promise<void>;

  chooseMap(mapId: string): void;
  followChosenMapAsync(): Promise<void>;
  /** Reads the chosen map again, leaving changes not applied behind. */
  reloadMapSpecAsync(): Promise<void>;
  editMapDraft(edit: (draft: SpecDraft) => SpecDraft): void;
  applyMapChangesAsync(): Promise<void>;
  confirmMapUpdateAsync(): Promise<void>;
  cancelMapUpdate(): void;

  tidyMapAsync(): Promise<void>;
  drawEmotionCurveAsync(): Promise<void>;
  setDuplicateTitle(title: string): void;
  duplicateMapAsync(): Promise<void>;

  chooseCompareMap(mapId: string): void;
  compareMapsAsync(): Promise<void>;
  downloadComparison(format: 'markdown' | 'json'): void;
  /** Asks Figma for a panel of this size; `done` once the person let go, to remember it for next time. */
  resizePanel(size: PanelSize, done: boolean): void;
}

export interface BrowserEnvironments {
  download: DownloadEnvironment;
  copy: CopyEnvironment;
}

/** How long a dragged panel size must rest before it is remembered, when the drag's end was not seen. */
const PANEL_SIZE_SAVE_DELAY = 500;

/** The actions bound to one panel's state, channel and browser, so that views call them without wiring. */
export function createAppActions(state: AppState, channel: RequestChannel, environments: BrowserEnvironments): AppActions {
  let panelSizeSave: ReturnType<typeof setTimeout> | undefined;
  return {
    selectTab(tab) {
      state.activeTab.value = tab;
      // The board may have changed while another tab was open.
      if (tab === 'export') void listMapsAsync(state, channel);
      if (tab === 'edit') void refreshEditTabAsync(state, channel);
    },
    editDraft: (edit) => editDraft(state, edit),
    createMapAsync: () => createMapAsync(state, channel),
    readMapAsync: () => readMapAsync(state, channel),
    setExportOption: (change) => setExportOption(state, channel, change),
    zoomToNoteAsync: (nodeId) => zoomToNoteAsync(state, channel, nodeId),
    download: () => downloadExport(state, channel, environments.download),
    copyAsync: () => copyExportAsync(state, channel, environments.copy),

    setImportText: (text) => setImportText(state, text),
    readImportFileAsync: (file) => readImportFileAsync(state, file),
    importMapAsync: () => importMapAsync(state, channel),

    chooseMap(mapId) {
      state.chosenMapId.value = mapId;
    },
    followChosenMapAsync: () => followChosenMapAsync(state, channel),
    reloadMapSpecAsync: () => readMapSpecAsync(state, channel),
    editMapDraft: (edit) => editMapDraft(state, edit),
    applyMapChangesAsync: () => applyMapChangesAsync(state, channel),
    confirmMapUpdateAsync: () => confirmMapUpdateAsync(state, channel),
    cancelMapUpdate: () => cancelMapUpdate(state),

    tidyMapAsync: () => tidyMapAsync(state, channel),
    drawEmotionCurveAsync: () => drawEmotionCurveAsync(state, channel),
    setDuplicateTitle: (title) => setDuplicateTitle(state, title),
    duplicateMapAsync: () => duplicateMapAsync(state, channel),

    chooseCompareMap: (mapId) => chooseCompareMap(state, mapId),
    compareMapsAsync: () => compareMapsAsync(state, channel),
    downloadComparison: (format) => downloadComparison(state, environments.download, format),
    resizePanel(size, done) {
      channel.send({ type: 'resize-ui', ...size });
      // A drag whose end never reaches the panel (the pointer left the window) is remembered once it rests.
      clearTimeout(panelSizeSave);
      const save = () => channel.send({ type: 'save-preferences', preferences: { panelSize: size } });
      if (done) save();
      else panelSizeSave = setTimeout(save, PANEL_SIZE_SAVE_DELAY);
    },
  };
}
