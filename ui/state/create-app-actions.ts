import type { ExportFormat } from '../../src/core/journey-schema';
import type { RequestChannel } from '../channel/request-channel';
import type { CopyEnvironment } from '../io/copy-text';
import type { DownloadEnvironment } from '../io/download-text';
import { createMapAsync, editDraft } from './create-actions';
import type { AppState, TabId } from './create-app-state';
import { listMapsAsync, readMapAsync, setExportOption, zoomToNoteAsync } from './export-actions';
import { copyExportAsync, downloadExport } from './output-actions';
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
}

export interface BrowserEnvironments {
  download: DownloadEnvironment;
  copy: CopyEnvironment;
}

/** The actions bound to one panel's state, channel and browser, so that views call them without wiring. */
export function createAppActions(state: AppState, channel: RequestChannel, environments: BrowserEnvironments): AppActions {
  return {
    selectTab(tab) {
      state.activeTab.value = tab;
      // The board may have changed while the Create tab was open.
      if (tab === 'export') void listMapsAsync(state, channel);
    },
    editDraft: (edit) => editDraft(state, edit),
    createMapAsync: () => createMapAsync(state, channel),
    readMapAsync: () => readMapAsync(state, channel),
    setExportOption: (change) => setExportOption(state, channel, change),
    zoomToNoteAsync: (nodeId) => zoomToNoteAsync(state, channel, nodeId),
    download: () => downloadExport(state, environments.download),
    copyAsync: () => copyExportAsync(state, environments.copy),
  };
}
