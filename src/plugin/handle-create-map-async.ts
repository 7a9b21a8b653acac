import { createDefaultSpec } from '../core/presets';
import type { CreateMapRequest, SandboxToUi } from '../core/protocol';
import { USER_MESSAGES } from '../core/user-messages';
import { createMapId } from './create-map-id';
import { drawMapAsync } from './draw-map-async';
import type { FigJamApi } from './figjam-api';
import { parseSpecOrThrow } from './parse-spec-or-throw';
import { savePreferencesAsync } from './preferences-storage';
import { requireFigJam } from './require-figjam';

export async function handleCreateMapAsync(api: FigJamApi, request: CreateMapRequest): Promise<SandboxToUi> {
  requireFigJam(api);
  const spec = parseSpecOrThrow(request.spec ?? createDefaultSpec());
  const mapId = createMapId();
  await drawMapAsync(api, spec, mapId);
  await savePreferencesAsync(api, { spec });
  api.notify(USER_MESSAGES.mapCreated(spec.stages.length, spec.lanes.length));
  return { type: 'map-created', requestId: request.requestId, mapId };
}
