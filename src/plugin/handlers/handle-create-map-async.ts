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
  const requested = parseSpecOrThrow(request.spec ?? createDefaultSpec());
  const spec = withNewMapParts(requested);
  const mapId = createMapId();
  await drawMapAsync(api, spec, mapId);
  // Remembered as asked for: a spec silent on the persona slots and parking lot stays so, and new maps get them.
  await savePreferencesAsync(api, { spec: requested });
  api.notify(USER_MESSAGES.mapCreated(spec.stages.length, spec.lanes.length));
  return { type: 'map-created', requestId: request.requestId, mapId };
}
