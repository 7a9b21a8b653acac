import { createDefaultSpec } from '../core/presets';
import type { CreateMapRequest, SandboxToUi } from '../core/protocol';
import { TemplateSpecSchema } from '../core/template-spec';
import { USER_MESSAGES } from '../core/user-messages';
import { formatIssuePath, formatValidationIssues } from '../core/validation-message';
import { createMapId } from './create-map-id';
import { drawMapAsync } from './draw-map-async';
import type { FigJamApi } from './figjam-api';
import { PluginError } from './plugin-error';
import { savePreferencesAsync } from './preferences-storage';

export async function handleCreateMapAsync(api: FigJamApi, request: CreateMapRequest): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const parsed = TemplateSpecSchema.safeParse(request.spec ?? createDefaultSpec());
  if (!parsed.success) {
    const firstIssue = parsed.error.issues[0];
    throw new PluginError(
      USER_MESSAGES.invalidSpec(formatValidationIssues(parsed.error, 1)[0] ?? ''),
      firstIssue ? formatIssuePath(['spec', ...firstIssue.path]) : 'spec',
    );
  }
  const spec = parsed.data;
  const mapId = createMapId();
  await drawMapAsync(api, spec, mapId);
  await savePreferencesAsync(api, { spec });
  api.notify(USER_MESSAGES.mapCreated(spec.stages.length, spec.lanes.length));
  return { type: 'map-created', requestId: request.requestId, mapId };
}
