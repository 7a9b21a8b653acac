import type { PersonaSpec, TemplateOptions, TemplateSpec } from '../../src/core/template/template-spec';
import { createUniqueId } from '../../src/core/shared/create-unique-id';
import { MAX_SPEC_ID_LENGTH } from '../../src/core/template/template-spec';

interface Part {
  id: string;
  name: string;
  /** A stage's one line under its header; lanes have none. */
  description?: string;
}

/** The spec to send, with the draft key of each stage and lane (none for a part only the board has). */
export interface MergedMapEdits {
  spec: TemplateSpec;
  stageKeys: Array<string | undefined>;
  laneKeys: Array<string | undefined>;
}

interface Entry<T extends Part> {
  part: T;
  key: string | undefined;
  /** Where the part stands in the person's list; undefined for a part only the board has. */
  editedIndex: number | undefined;
}

/** Where the part nearest after `editedIndex` in the person's list stands in `placed`; -1 when none is placed. */
function findNextPlaced(placed: ReadonlyArray<Entry<Part>>, editedIndex: number): number {
  let found = -1;
  placed.forEach((entry, index) => {
    if (entry.editedIndex === undefined || entry.editedIndex <= editedIndex) return;
    if (found < 0 || entry.editedIndex < placed[found]!.editedIndex!) found = index;
  });
  return found;
}

/** `target` with the description of `source`, or with none when `source` has none. */
function withDescriptionOf<T extends Part>(target: T, source: T): T {
  const { description: _replaced, ...rest } = target;
  return (source.description === undefined ? rest : { ...rest, description: source.description }) as T;
}

function sameOrder(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((id, index) => id === second[index]);
}

/**
 * One list of parts: the board's parts with the person's changes made on them. A part the person renamed keeps
 * the person's name, an untouched one the board's, and so with a stage's description; a part removed on either side stays removed; the person's
 * order wins only when the person reordered; the person's new parts keep their place before the next part.
 */
function mergeParts<T extends Part>(base: readonly T[], edited: readonly T[], editedKeys: ReadonlyArray<string | undefined>, board: readonly T[]) {
  const baseById = new Map(base.map((part) => [part.id, part]));
  const boardById = new Map(board.map((part) => [part.id, part]));
  const editedIds = new Set(edited.map((part) => part.id));

  const taken = new Set([...baseById.keys(), ...boardById.keys()]);
  const editedEntries: Array<Entry<T>> = edited.map((part, index) => {
    const key = editedKeys[index];
    const before = baseById.get(part.id);
    if (before === undefined) {
      // A new part's id was made unique on the old read; the board may have taken it since.
      const id = createUniqueId(part.id, taken, MAX_SPEC_ID_LENGTH);
      taken.add(id);
      return { part: { ...part, id }, key, editedIndex: index };
    }
    const onBoard = boardById.get(part.id);
    const touched = part.name.trim() !== before.name.trim();
    const described = !sameText(part.description ?? '', before.description ?? '');
    const merged = onBoard === undefined ? part : { ...onBoard, name: touched ? part.name : onBoard.name };
    return { part: described ? withDescriptionOf(merged, part) : merged, key, editedIndex: index };
  });
  const keptEntries = editedEntries.filter((entry) => baseById.has(entry.part.id) && boardById.has(entry.part.id));
  const personOrder = edited.filter((part) => baseById.has(part.id)).map((part) => part.id);
  const reordered = !sameOrder(
    personOrder,
    base.filter((part) => editedIds.has(part.id)).map((part) => part.id),
  );

  const boardOnly = (part: T): Entry<T> => ({ part, key: undefined, editedIndex: undefined });
  let result: Array<Entry<T>>;
  if (reordered) {
    result = [...keptEntries];
    let after = -1;
    for (const part of board) {
      if (!baseById.has(part.id)) result.splice(++after, 0, boardOnly(part));
      else if (editedIds.has(part.id)) after = result.findIndex((entry) => entry.part.id === part.id);
    }
  } else {
    const keptById = new Map(keptEntries.map((entry) => [entry.part.id, entry]));
    result = board.flatMap((part) => {
      if (!baseById.has(part.id)) return [boardOnly(part)];
      const kept = keptById.get(part.id);
      return kept ? [kept] : [];
    });
  }

  // From the end, so that each new part finds the part after it already placed.
  for (let index = editedEntries.length - 1; index >= 0; index--) {
    if (baseById.has(edited[index]!.id)) continue;
    const next = findNextPlaced(result, index);
    result.splice(next < 0 ? result.length : next, 0, editedEntries[index]!);
  }
  return { parts: result.map((entry) => entry.part), keys: result.map((entry) => entry.key) };
}

/** The person's value when the person changed it, else the board's. */
function pickChanged<T>(base: T, edited: T, board: T, isSame: (first: T, second: T) => boolean): T {
  return isSame(base, edited) ? board : edited;
}

const sameText = (first: string, second: string) => first.trim() === second.trim();
const samePersona = (first: PersonaSpec, second: PersonaSpec) =>
  sameText(first.name, second.name) && sameText(first.description, second.description);
const sameOptions = (first: TemplateOptions, second: TemplateOptions) =>
  first.cellColumns === second.cellColumns && first.cellRows === second.cellRows && first.showInstructions === second.showInstructions;

/**
 * The spec to send with `update-map`, built from the board as read just now and the person's edits: what differs
 * between `edited` (the form) and `base` (the read the form started from). What the person left alone is as on
 * the board now, so applying never puts an old name back. Fields the form does not edit (the title area's texts
 * and state, the other options) are sent as the board has them, so applying keeps them.
 */
export function mergeMapEdits(input: {
  base: TemplateSpec;
  edited: { spec: TemplateSpec; stageKeys: ReadonlyArray<string | undefined>; laneKeys: ReadonlyArray<string | undefined> };
  board: TemplateSpec;
}): MergedMapEdits {
  const { base, edited, board } = input;
  const stages = mergeParts(base.stages, edited.spec.stages, edited.stageKeys, board.stages);
  const lanes = mergeParts(base.lanes, edited.spec.lanes, edited.laneKeys, board.lanes);
  return {
    spec: {
      ...board,
      title: pickChanged(base.title, edited.spec.title, board.title, sameText),
      persona: pickChanged(base.persona, edited.spec.persona, board.persona, samePersona),
      stages: stages.parts,
      lanes: lanes.parts,
      options: { ...board.options, ...pickChanged(base.options, edited.spec.options, board.options, sameOptions) },
    },
    stageKeys: stages.keys,
    laneKeys: lanes.keys,
  };
}
