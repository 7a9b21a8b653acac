import { createDefaultSpec } from '../core/presets';
import type { CreateMapRequest, SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { createMapId } from './create-map-id';
import { drawMapAsync } from './draw-map-async';
import type { FigJamApi } from './figjam-api';
import { parseSpecOrThrow } from './parse-spec-or-throw';
import { PluginError } from './plugin-error';
import { savePreferencesAsync } from './preferences-storage';

export async function handleCreateMapAsync(api: FigJamApi, request: CreateMapRequest): Promise<SandboxToUi> {
  if (api.editorType !== 'figjam') throw new PluginError(USER_MESSAGES.notFigJam);
  const spec = parseSpecOrThrow(request.spec ?? createDefaultSpec());
  const mapId = createMapId();
  await drawMapAsync(api, spec, mapId);
  await savePreferencesAsync(api, { spec });
  api.notify(USER_MESSAGES.mapCreated(spec.stages.length, spec.lanes.length));
  return { type: 'map-created', requestId: request.requestId, mapId };
}
