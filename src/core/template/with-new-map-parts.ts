import type { TemplateSpec } from './template-spec';

/**
 * A new map gets the persona slots and the parking lot unless its spec says no. The spec fields are off when
 * absent, so maps drawn before they existed are not given them by a Tidy; only drawing a new map turns them on.
 */
export function withNewMapParts(spec: TemplateSpec): TemplateSpec {
  const { personaSlots = true, parkingLot = true } = spec.options;
  return { ...spec, options: { ...spec.options, personaSlots, parkingLot } };
}

/**
 * A spec sent for a drawn map that says nothing of the persona slots or the parking lot keeps what the map has:
 * an edit of its stages and lanes neither removes them nor adds them.
 */
export function withDrawnMapParts(spec: TemplateSpec, drawn: { personaSlots: boolean; parkingLot: boolean }): TemplateSpec {
  const { personaSlots = drawn.personaSlots, parkingLot = drawn.parkingLot } = spec.options;
  return { ...spec, options: { ...spec.options, personaSlots, parkingLot } };
}
