import { computed, effect, signal } from '@preact/signals';
import type { ExportFormat } from '../../src/core/journey/journey-schema';
import type { MapExported, MapSummary } from '../../src/core/protocol/protocol';
import type { ProgressMessage } from '../channel/request-channel';
import { computeExportPreview } from './compute-export-preview';
import { createComparisonState } from './create-comparison-state';
import { createLivingMapState } from './create-living-map-state';
import { forgetOtherMapResults } from './forget-other-map-results';
import { createDefaultDraft } from './spec-draft';
import type { FieldKey } from './field-key';
import { validateDraft } from './validate-draft';
import type { FieldErrors } from './validate-draft';

export type TabId = 'create' | 'import' | 'edit' | 'export';

export interface StatusMessage {
  tone: 'info' | 'success' | 'error' | 'warning';
  text: string;
}

export interface PluginInfo {
  editorType: string;
  command: string;
  pluginVersion: string;
}

/** Every piece of panel state as signals, and what follows from them as computed values. Views only read it. */
export function createAppState() {
  const draft = signal(createDefaultDraft());
  const showDraftErrors = signal(false);
  const sandboxFieldErrors = signal<FieldErrors>({});
  const validation = computed(() => validateDraft(draft.value));
  const fieldErrors = computed<FieldErrors>(() => {
    const local = showDraftErrors.value && !validation.value.ok ? validation.value.errors : {};
    return { ...local, ...sandboxFieldErrors.value };
  });

  const maps = signal<MapSummary[]>([]);
  const chosenMapId = signal<string | null>(null);
  const selectedMap = computed<MapSummary | null>(() => {
    const all = maps.value;
    return (
      all.find((map) => map.mapId === chosenMapId.value) ?? all.find((map) => map.selected) ?? all[0] ?? null
    );
  });
  const exportResult = signal<MapExported | null>(null);

  const state = {
    activeTab: signal<TabId>('create'),
    plugin: signal<PluginInfo | null>(null),
    /** A problem that belongs to no request, such as a message the sandbox could not read. */
    generalStatus: signal<StatusMessage | null>(null),

    draft,
    showDraftErrors,
    sandboxFieldErrors,
    validation,
    fieldErrors,
    /** Where focus goes after a failed attempt to draw: the first marked control. */
    focusRequest: signal<{ field: FieldKey } | null>(null),
    isCreating: signal(false),
    createStatus: signal<StatusMessage | null>(null),

    maps,
    chosenMapId,
    selectedMap,
    mapListStatus: signal<StatusMessage | null>(null),
    format: signal<ExportFormat>('json'),
    includeAuthors: signal(false),
    isExporting: signal(false),
    /** Counts reads, so the answer to a read that a newer one replaced is dropped. */
    exportReadCount: signal(0),
    /** The map the read under way was asked for; undefined when the sandbox was left to find it. */
    exportReadMapId: signal<string | undefined>(undefined),
    exportProgress: signal<ProgressMessage | null>(null),
    /** Counts changes of format, so the text of a format that a newer choice replaced is dropped. */
    exportFormatCount: signal(0),
    /** The journey on hand is being put in the chosen format; the text on hand is another format's meanwhile. */
    isFormatting: signal(false),
    exportStatus: signal<StatusMessage | null>(null),
    exportResult,
    exportPreview: computed(() => (exportResult.value ? computeExportPreview(exportResult.value.journey) : null)),
    /** Problems showing a note on the board, by node id, shown beside that note's button. */
    zoomErrors: signal<Readonly<Record<string, string>>>({}),
    outputStatus: signal<StatusMessage | null>(null),

    ...createLivingMapState(),
    ...createComparisonState(),
  };

  // Whenever the chosen map changes, what the panel holds about another map is put away.
  let chosenMapIdOnShow: string | null = null;
  effect(() => {
    const chosen = selectedMap.value;
    const mapId = chosen?.mapId ?? null;
    if (mapId === chosenMapIdOnShow) return;
    chosenMapIdOnShow = mapId;
    forgetOtherMapResults(state, chosen);
  });
  return state;
}

export type AppState = ReturnType<typeof createAppState>;
