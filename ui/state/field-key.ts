
/**
 * Where a problem is shown in the create form: `title`, `persona.name`, `persona.description`, `stages` and
 * `lanes` (the lists as a whole), `stage:<key>` and `lane:<key>` (one row), or `form` when no control caused it.
 */
export type FieldKey = string;

export const FORM_FIELD: FieldKey = 'form';

export function stageFieldKey(key: string): FieldKey {
  return `stage:${key}`;
}

export function laneFieldKey(key: string): FieldKey {
  return `lane:${key}`;
}

/** Splits `spec.stages[2].name` into ['spec', 'stages', 2, 'name']. */
export function parseFieldPath(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/** Leads a problem's path in the spec (as the schema or the sandbox names it) back to the control that caused it. */
/** `draftSpec` names the form row of each stage and lane in the spec; a part with no row has none. */
export function computeFieldKey(
  path: ReadonlyArray<PropertyKey>,
  draftSpec: { stageKeys: ReadonlyArray<string | undefined>; laneKeys: ReadonlyArray<string | undefined> },
): FieldKey {
  const parts = path[0] === 'spec' ? path.slice(1) : path;
  const [first, second] = parts;
  if (first === 'title') return 'title';
  if (first === 'persona') return second === 'description' ? 'persona.description' : second === 'role' ? 'persona.role' : 'persona.name';
  if (first === 'stages' || first === 'lanes') {
    const keys = first === 'stages' ? draftSpec.stageKeys : draftSpec.laneKeys;
    const key = typeof second === 'number' ? keys[second] : undefined;
    if (key === undefined) return first;
    // Ids are made from names, so even a problem with an id is fixed in the row's name field.
    return first === 'stages' ? stageFieldKey(key) : laneFieldKey(key);
  }
  return FORM_FIELD;
}
