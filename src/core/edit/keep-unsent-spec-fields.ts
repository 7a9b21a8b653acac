import type { StageSpec, TemplateSpec } from '../template/template-spec';
import { isRecord } from '../shared/is-record';

function has(value: unknown, key: string): boolean {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key);
}

/** A description sent blank clears the stored one: the spec then has none, as a stage drawn without one. */
function withoutBlankDescription(stage: StageSpec): StageSpec {
  if (stage.description === undefined || stage.description.trim() !== '') return stage;
  const { description: _cleared, ...rest } = stage;
  return rest;
}

/**
 * The spec an update draws: the request's spec over the one stored on the map. A field the request does not
 * send (the title area's scenario, team, date and state; an option; the persona's description or role; a kept stage's
 * description or a kept lane's instruction) stays as stored, so a form that knows only stages and lanes never
 * erases the rest; a stage description sent blank clears it. `sent` is the request's spec as it came, to tell a
 * field left out from one filled by a default.
 */
export function keepUnsentSpecFields(stored: TemplateSpec, requested: TemplateSpec, sent: unknown): TemplateSpec {
  const storedStages = new Map(stored.stages.map((stage) => [stage.id, stage]));
  const storedLanes = new Map(stored.lanes.map((lane) => [lane.id, lane]));
  const sentStages = has(sent, 'stages') && Array.isArray((sent as { stages: unknown }).stages) ? (sent as { stages: unknown[] }).stages : [];
  const sentLanes = has(sent, 'lanes') && Array.isArray((sent as { lanes: unknown }).lanes) ? (sent as { lanes: unknown[] }).lanes : [];
  const sentOptions = has(sent, 'options') ? (sent as { options: unknown }).options : undefined;
  const sentPersona = has(sent, 'persona') ? (sent as { persona: unknown }).persona : undefined;
  const options: Record<string, unknown> = { ...stored.options };
  for (const [key, value] of Object.entries(requested.options)) if (has(sentOptions, key)) options[key] = value;
  return {
    ...requested,
    ...(has(sent, 'scenario') || stored.scenario === undefined ? {} : { scenario: stored.scenario }),
    ...(has(sent, 'team') || stored.team === undefined ? {} : { team: stored.team }),
    ...(has(sent, 'date') || stored.date === undefined ? {} : { date: stored.date }),
    ...(has(sent, 'state') || stored.state === undefined ? {} : { state: stored.state }),
    persona: {
      ...requested.persona,
      ...(has(sentPersona, 'description') ? {} : { description: stored.persona.description }),
      ...(has(sentPersona, 'role') || stored.persona.role === undefined ? {} : { role: stored.persona.role }),
    },
    options: options as TemplateSpec['options'],
    stages: requested.stages.map((stage, index) => {
      const before = storedStages.get(stage.id);
      if (has(sentStages[index], 'description')) return withoutBlankDescription(stage);
      return before?.description === undefined ? stage : { ...stage, description: before.description };
    }),
    lanes: requested.lanes.map((lane, index) => {
      const before = storedLanes.get(lane.id);
      // An instruction written for another kind of lane would tell participants the wrong thing.
      const keep = before?.instruction !== undefined && before.kind === lane.kind && !has(sentLanes[index], 'instruction');
      return keep ? { ...lane, instruction: before.instruction } : lane;
    }),
  };
}
