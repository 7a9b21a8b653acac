import { createDefaultSpec } from '../../core/template/presets';
import { withNewMapParts } from '../../core/template/with-new-map-parts';
import type { CreateMapRequest, SandboxToUi } from '../../core/protocol/protocol';
import { USER_MESSAGES } from '../../core/shared/user-messages';
import { createMapId } from '../write/create-map-id';
import { drawMapAsync } from '../write/draw-map-async';
import type { FigJamApi } from '../platform/figjam-api';
import { parseSpecOrThrow } from './parse-spec-or-throw';
import { savePreferencesAsync } from '../platform/preferences-storage';
import { requireFigJam } from '../platform/require-figjam';

export async function handleCreateMapAsync(api: FigJamApi, request: CreateMapRequest): Promise<SandboxToUi> {
  requireFigJam(api);
  const spec = withNewMapParts(parseSpecOrThrow(request.spec ?? createDefaultSpec()));
  const mapId = createMapId();
  await drawMapAsync(api, spec, mapId);
  await savePreferencesAsync(api, { spec });
  api.notify(USER_MESSAGES.mapCreated(spec.stages.length, spec.lanes.length));
  return { type: 'map-created', requestId: request.requestId, mapId };
}
