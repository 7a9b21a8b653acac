import type { MapSnapshot } from './board-snapshot';
import type { TemplateSpec } from '../template/template-spec';
import { SPEC_TEXT_LIMITS, TemplateSpecSchema, fitSpecText as fit } from '../template/template-spec';

const { name: NAME_LIMIT, title: TITLE_LIMIT, personaName: PERSONA_NAME_LIMIT, personaDescription: PERSONA_DESCRIPTION_LIMIT } = SPEC_TEXT_LIMITS;

/** The spec stored on a map section, or null when it is missing or damaged. */
export function parseStoredSpec(json: string): TemplateSpec | null {
  if (json.trim() === '') return null;
  try {
    const parsed = TemplateSpecSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The stored spec with the names as they are on the board now: people rename stages, lanes, the title and the
 * persona by editing text, and the spec is only written when the plugin draws. Ids, kinds and options stay.
 */
export function deriveBoardSpec(stored: TemplateSpec, map: MapSnapshot): TemplateSpec {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return {
    ...stored,
    title: fit(map.title, TITLE_LIMIT, stored.title),
    persona: map.persona
      ? {
          name: fit(map.persona.name, PERSONA_NAME_LIMIT, stored.persona.name),
          description: map.persona.description.trim().slice(0, PERSONA_DESCRIPTION_LIMIT),
          // The role line, as written on a card with slots; absent on other cards, where the stored one stays.
          ...(map.persona.role !== undefined || stored.persona.role !== undefined
            ? { role: (map.persona.role ?? stored.persona.role ?? '').trim().slice(0, SPEC_TEXT_LIMITS.personaRole) }
            : {}),
        }
      : stored.persona,
    stages: stored.stages.map((stage) => ({ ...stage, name: fit(stageNames.get(stage.id) ?? '', NAME_LIMIT, stage.name) })),
    lanes: stored.lanes.map((lane) => ({ ...lane, name: fit(laneNames.get(lane.id) ?? '', NAME_LIMIT, lane.name) })),
  };
}
