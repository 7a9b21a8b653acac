import { computed, signal } from '@preact/signals';
import type { TemplateSpec } from '../../src/core/template/template-spec';
import type { ProgressMessage } from '../channel/request-channel';
import type { StatusMessage } from './create-app-state';
import { computeUpdatedSpec, hasStructureChanges } from './map-edit-draft';
import type { MergedMapEdits } from './merge-map-edits';
import type { SpecDraft } from './spec-draft';
import { validateDraftSpec } from './validate-draft';
import type { FieldErrors } from './validate-draft';

/** A drawn map as read for editing, with how many notes each of its stages and lanes holds now. */
export interface MapEdit {
  mapId: string;
  title: string;
  spec: TemplateSpec;
  notesByStage: Readonly<Record<string, number>>;
  notesByLane: Readonly<Record<string, number>>;
}

/** An update the sandbox asked about, kept as sent so that confirming resends exactly it. */
export interface PendingConfirmation {
  mapId: string;
  /** The spec sent, with the form row of each of its stages and lanes. */
  merged: MergedMapEdits;
  /** The map as read just before sending, to name the parts the update removes. */
  board: TemplateSpec;
  notes: number;
  /** Names (or the ids the sandbox gave, when no name is known) of the stages and lanes the update removes. */
  stages: string[];
  lanes: string[];
}

export type MapActionKind = 'tidy' | 'curve' | 'duplicate';

/** The state of the Import and Edit tabs: importing a journey, editing a map's stages and lanes, map actions. */
export function createLivingMapState() {
  const mapEdit = signal<MapEdit | null>(null);
  const mapDraft = signal<SpecDraft | null>(null);
  const showMapDraftErrors = signal(false);
  const mapSandboxFieldErrors = signal<FieldErrors>({});
  const mapDraftSpec = computed(() =>
    mapEdit.value && mapDraft.value ? computeUpdatedSpec(mapDraft.value, mapEdit.value.spec) : null,
  );
  const mapDraftValidation = computed(() => (mapDraftSpec.value ? validateDraftSpec(mapDraftSpec.value) : null));
  const hasMapChanges = computed(() => {
    const edit = mapEdit.value;
    const draftSpec = mapDraftSpec.value;
    return edit !== null && draftSpec !== null && hasStructureChanges(draftSpec.spec, edit.spec);
  });
  const mapDraftErrors = computed<FieldErrors>(() => {
    const validation = mapDraftValidation.value;
    const local = showMapDraftErrors.value && validation && !validation.ok ? validation.errors : {};
    return { ...local, ...mapSandboxFieldErrors.value };
  });

  return {
    importText: signal(''),
    isImporting: signal(false),
    importProgress: signal<ProgressMessage | null>(null),
    importStatus: signal<StatusMessage | null>(null),
    /** Every problem the sandbox found in the journey, each starting with where it is. */
    importProblems: signal<readonly string[]>([]),
    /** Where the text stops being JSON, to select that place in the text box; a new object for each attempt. */
    importErrorPlace: signal<{ offset: number } | null>(null),

    mapEdit,
    mapDraft,
    showMapDraftErrors,
    mapSandboxFieldErrors,
    mapDraftSpec,
    mapDraftValidation,
    mapDraftErrors,
    hasMapChanges,
    /** Counts reads of a map's spec, so the answer to a read that a newer one replaced is dropped. */
    mapSpecReadCount: signal(0),
    isReadingMapSpec: signal(false),
    isUpdatingMap: signal(false),
    mapEditStatus: signal<StatusMessage | null>(null),
    /** How far Apply is, as the sandbox reports it; null between reports and when nothing runs. */
    mapEditProgress: signal<ProgressMessage | null>(null),
    pendingConfirmation: signal<PendingConfirmation | null>(null),

    mapActionBusy: signal<MapActionKind | null>(null),
    mapActionStatus: signal<StatusMessage | null>(null),
    /** How far the running map action is, as the sandbox reports it. */
    mapActionProgress: signal<ProgressMessage | null>(null),
    /** The future-state copy's title as typed for a map; the default, made from its title, for any other map. */
    duplicateTitle: signal<{ mapId: string; title: string } | null>(null),
    /**
     * Counts the person's acts on the form (each edit, each update sent), so that a read of the map sent before
     * the latest of them never takes that act back when its answer lands.
     */
    mapDraftRevision: signal(0),
  };
}
