import type { FieldKey } from '../state/field-key';
import type { SpecDraft } from '../state/spec-draft';

export const CREATE_BUTTON_ID = 'create-map-button';

export function stageNameId(key: string): string {
  return `stage-name-${key}`;
}

export function stageDescriptionId(key: string): string {
  return `stage-description-${key}`;
}

export function laneControlId(key: string, kind: 'name' | 'check'): string {
  return `lane-${kind}-${key}`;
}

export function errorIdOf(field: FieldKey): string {
  return `error-${field.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/** The control a problem is fixed in, to move focus there after a failed attempt to draw. */
export function fieldElementId(field: FieldKey, draft: SpecDraft): string {
  if (field === 'title') return 'map-title';
  if (field === 'persona.name') return 'persona-name';
  if (field === 'persona.description') return 'persona-description';
  if (field === 'persona.role') return 'persona-role';
  if (field === 'stages') return 'stage-preset';
  if (field.startsWith('stage:')) return stageNameId(field.slice('stage:'.length));
  if (field.startsWith('lane:')) {
    const key = field.slice('lane:'.length);
    const lane = draft.lanes.find((candidate) => candidate.key === key);
    return laneControlId(key, lane?.presetId === null ? 'name' : 'check');
  }
  if (field === 'lanes' && draft.lanes[0]) return laneControlId(draft.lanes[0].key, 'check');
  return CREATE_BUTTON_ID;
}
