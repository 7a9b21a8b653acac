/** Figma's error texts, in one place so FIDELITY.md and the tests can point at them. */

export function fontLabel(font: FontName): string {
  return `${font.family} ${font.style}`;
}

/** [3rd: figma/plugin-samples PR #84, figma/plugin-typings#65] for characters; same sentence seen for fontSize. */
export function unloadedFontError(accessor: string, font: FontName): Error {
  return new Error(
    `in ${accessor}: Cannot write to node with unloaded font "${fontLabel(font)}". ` +
      `Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
  );
}

/** Setting fontName checks the new font [3rd: several public reports of `in set_fontName: Cannot use unloaded font`]. */
export function unusableFontError(font: FontName): Error {
  return new Error(
    `in set_fontName: Cannot use unloaded font "${fontLabel(font)}". ` +
      `Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
  );
}

/** [3rd: DirectedEdges/specs-plugin-1#121 `in remove: The node with id "919:31057" does not exist`]. */
export function removedNodeError(accessor: string, id: string): Error {
  return new Error(`in ${accessor}: The node with id "${id}" does not exist`);
}

export function notModelledError(owner: string, member: string): Error {
  return new Error(`${owner}.${member} is not modelled by the fake FigJam; add it to test/fake-figjam before using it`);
}

/** V8's own text, which Figma's docs quote for typos such as `sticky.isWide = true`. */
export function notExtensibleError(member: string): TypeError {
  return new TypeError(`Cannot add property ${member}, object is not extensible`);
}

/** QuickJS's text for assigning an accessor without a setter (Figma runs plugins on QuickJS). */
export function noSetterError(): TypeError {
  return new TypeError('no setter for property');
}

/** The runtime's text for a global it does not offer in this editor [MCP figma-use-figjam.md]. */
export function noSuchGlobalPropertyError(member: string): TypeError {
  return new TypeError(`no such property '${member}' on the figma global object`);
}

/** Pattern documented at https://developers.figma.com/docs/plugins/api/api-errors. */
export function typeMismatchError(accessor: string, property: string, expected: string, value: unknown): Error {
  return new Error(`in ${accessor}: Expected "${property}" to have type ${expected} but got ${describeType(value)} instead`);
}

export function rangeError(accessor: string, property: string, minimum: number, value: number): Error {
  return new Error(`in ${accessor}: Expected "${property}" to have value >= ${minimum} but got ${value} instead`);
}

export function dynamicPageError(accessor: string, advice: string): Error {
  return new Error(`in ${accessor}: Cannot call with documentAccess: dynamic-page. ${advice}`);
}

export function closedPluginError(): Error {
  return new Error('The plugin has been closed; the figma API is no longer available');
}

export function moveError(accessor: string, reason: string): Error {
  return new Error(`in ${accessor}: ${reason}`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}
