import { batch } from '@preact/signals';
import type { SandboxToUi } from '../../src/core/protocol/protocol';
import type { AppState, TabId } from './create-app-state';
import { createDraftFromSpec } from './spec-draft';

const TABS_BY_COMMAND: Readonly<Record<string, TabId>> = { import: 'import', edit: 'edit', export: 'export' };

/** Answers the messages that belong to no request: the handshake, selection changes and stray errors. */
export function applySandboxEvent(state: AppState, message: SandboxToUi): void {
  switch (message.type) {
    case 'init':
      batch(() => {
        state.plugin.value = {
          editorType: message.editorType,
          command: message.command,
          pluginVersion: message.pluginVersion,
        };
        state.maps.value = message.maps;
        const preferences = message.preferences;
        if (preferences?.spec) state.draft.value = createDraftFromSpec(preferences.spec);
        if (preferences?.format) state.format.value = preferences.format;
        if (preferences?.includeAuthors !== undefined) state.includeAuthors.value = preferences.includeAuthors;
        // Each menu command but Create opens its own tab.
        const commandTab = TABS_BY_COMMAND[message.command];
        if (commandTab) state.activeTab.value = commandTab;
      });
      return;
    case 'selection-changed':
      batch(() => {
        state.maps.value = message.maps;
        // Selecting a map on the board is a choice too, and the newest one wins.
        const selected = message.maps.find((map) => map.selected);
        if (selected) state.chosenMapId.value = selected.mapId;
      });
      return;
    case 'error':
      state.generalStatus.value = { tone: 'error', text: message.message };
      return;
    default:
      return;
  }
}
