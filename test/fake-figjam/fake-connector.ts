import type { FigJamConnector } from '../../src/plugin/platform/figjam-api';
import type { Board } from './board';
import { typeMismatchError } from './errors';
import { CONNECTOR_MEMBERS } from './figma-member-names';
import { FakeSceneNodeBase, assertFiniteNumber, computeAbsoluteTransform } from './fake-node';
import { FakeTextSublayer, readSublayerText } from './fake-text-sublayer';
import { copyRecordInto, copyTextState, placeClone, registerCopier } from './clone-node';
import { computeBoundingBox } from './geometry';
import { recordOf } from './node-record';
import type { NodeRecord } from './node-record';
import { parseOpacity } from './opacity';
import { freezePaints, parsePaints } from './paints';
import { INVALID_FONT } from './text-state';

const LINE_TYPES: ReadonlyArray<ConnectorNode['connectorLineType']> = ['ELBOWED', 'STRAIGHT', 'CURVED'];
type Magnet = ConnectorEndpointEndpointNodeIdAndMagnet['magnet'];
const MAGNETS: ReadonlyArray<Magnet> = ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER'];
const CAPS: ReadonlyArray<ConnectorStrokeCap> = [
  'NONE', 'ARROW_EQUILATERAL', 'ARROW_LINES', 'TRIANGLE_FILLED', 'DIAMOND_FILLED', 'CIRCLE_FILLED',
  'ERD_ZERO_OR_ONE', 'ERD_EXACTLY_ONE', 'ERD_ZERO_OR_MORE', 'ERD_ONE_OR_MORE', 'ERD_ONE', 'ERD_MANY',
];
const DARK: Paint[] = [{ type: 'SOLID', color: { r: 30 / 255, g: 30 / 255, b: 30 / 255 } }];

/**
 * 200 wide, ELBOWED, caps NONE → ARROW_LINES [T: createConnector; MCP create-connector.md]; the label font is
 * invalid until set [MCP]. The box follows the endpoints when they are set (not when attached nodes move later).
 */
export class FakeConnector extends FakeSceneNodeBase implements FigJamConnector {
  readonly #text: FakeTextSublayer;
  #start: ConnectorEndpoint = { position: { x: 0, y: 0 } };
  #end: ConnectorEndpoint = { position: { x: 200, y: 0 } };
  /** The nodes this connector is listed on now, so a relink unlists it from them alone, not from every node. */
  #linked = new Set<NodeRecord>();
  #lineType: ConnectorNode['connectorLineType'] = 'ELBOWED';
  #startCap: ConnectorStrokeCap = 'NONE';
  #endCap: ConnectorStrokeCap = 'ARROW_LINES';
  #strokes: ReadonlyArray<Paint> = freezePaints(structuredClone(DARK));
  #strokeWeight = 4;
  #opacity = 1;

  constructor(board: Board) {
    super(board, 'CONNECTOR', 'ConnectorNode', CONNECTOR_MEMBERS);
    const record = recordOf(this);
    record.width = 200;
    record.height = 0;
    record.name = 'Connector';
    // A connector's label has no fills until set (Figma's FigJam guide for its MCP server, per the reference).
    this.#text = new FakeTextSublayer(board, record, INVALID_FONT, board.unverified.connectorFontSize, () => undefined, []);
    registerCopier(this, () => this.#copy());
  }

  /** [T: ConnectorNode.clone]: the copy joins the same nodes as the original. */
  clone(): FakeConnector {
    return placeClone(this, this.#copy());
  }

  #copy(): FakeConnector {
    const copy = new FakeConnector(recordOf(this).board);
    copyRecordInto(this, copy);
    copy.#start = structuredClone(this.#start);
    copy.#end = structuredClone(this.#end);
    copy.#lineType = this.#lineType;
    copy.#startCap = this.#startCap;
    copy.#endCap = this.#endCap;
    copy.#strokes = this.#strokes;
    copy.#strokeWeight = this.#strokeWeight;
    copy.#opacity = this.#opacity;
    copyTextState(readSublayerText(this.#text), readSublayerText(copy.#text));
    copy.#relink();
    return copy;
  }

  get type(): 'CONNECTOR' {
    return 'CONNECTOR';
  }

  get text(): FakeTextSublayer {
    return this.#text;
  }

  get connectorStart(): ConnectorEndpoint {
    return structuredClone(this.#start);
  }

  set connectorStart(value: ConnectorEndpoint) {
    this.#start = this.#parseEndpoint('connectorStart', value);
    this.#relink();
  }

  get connectorEnd(): ConnectorEndpoint {
    return structuredClone(this.#end);
  }

  set connectorEnd(value: ConnectorEndpoint) {
    this.#end = this.#parseEndpoint('connectorEnd', value);
    this.#relink();
  }

  get connectorLineType(): ConnectorNode['connectorLineType'] {
    return this.#lineType;
  }

  set connectorLineType(value: ConnectorNode['connectorLineType']) {
    if (!LINE_TYPES.includes(value)) throw new Error(`in set_connectorLineType: Invalid enum value "${String(value)}"`);
    // An attached end whose magnet the new line type refuses is refused too [unverified, the strict choice].
    for (const endpoint of [this.#start, this.#end]) {
      if ('magnet' in endpoint) this.#assertMagnetFits('set_connectorLineType', endpoint.magnet, value);
    }
    this.#lineType = value;
  }

  get connectorStartStrokeCap(): ConnectorStrokeCap {
    return this.#startCap;
  }

  set connectorStartStrokeCap(value: ConnectorStrokeCap) {
    if (!CAPS.includes(value)) throw new Error(`in set_connectorStartStrokeCap: Invalid enum value "${String(value)}"`);
    this.#startCap = value;
  }

  get connectorEndStrokeCap(): ConnectorStrokeCap {
    return this.#endCap;
  }

  set connectorEndStrokeCap(value: ConnectorStrokeCap) {
    if (!CAPS.includes(value)) throw new Error(`in set_connectorEndStrokeCap: Invalid enum value "${String(value)}"`);
    this.#endCap = value;
  }

  get strokes(): ReadonlyArray<Paint> {
    return this.#strokes;
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.#strokes = parsePaints('set_strokes', 'strokes', value);
  }

  get strokeWeight(): number {
    return this.#strokeWeight;
  }

  set strokeWeight(value: number) {
    assertFiniteNumber('set_strokeWeight', 'strokeWeight', value);
    this.#strokeWeight = value;
  }

  get opacity(): number {
    return this.#opacity;
  }

  set opacity(value: number) {
    this.#opacity = parseOpacity(value);
  }

  #parseEndpoint(property: string, value: unknown): ConnectorEndpoint {
    const accessor = `set_${property}`;
    if (typeof value !== 'object' || value === null) throw typeMismatchError(accessor, property, 'ConnectorEndpoint', value);
    const endpoint = value as { endpointNodeId?: unknown; magnet?: unknown; position?: unknown };
    if (endpoint.position !== undefined) {
      const position = endpoint.position as { x?: unknown; y?: unknown } | null;
      if (typeof position !== 'object' || position === null) throw typeMismatchError(accessor, `${property}.position`, 'Vector', position);
      assertFiniteNumber(accessor, `${property}.position.x`, position.x);
      assertFiniteNumber(accessor, `${property}.position.y`, position.y);
    }
    if (endpoint.endpointNodeId === undefined) {
      if (endpoint.position === undefined) throw typeMismatchError(accessor, `${property}.position`, 'Vector', undefined);
      return structuredClone(value as ConnectorEndpoint);
    }
    if (typeof endpoint.endpointNodeId !== 'string') throw typeMismatchError(accessor, `${property}.endpointNodeId`, 'string', endpoint.endpointNodeId);
    const target = recordOf(this).board.nodesById.get(endpoint.endpointNodeId);
    if (!target || recordOf(target).removed) throw new Error(`in ${accessor}: The node with id "${endpoint.endpointNodeId}" does not exist`);
    if (recordOf(target).type === 'PAGE' || recordOf(target).type === 'DOCUMENT' || recordOf(target) === recordOf(this)) {
      throw new Error(`in ${accessor}: Cannot connect to node with id "${endpoint.endpointNodeId}"`);
    }
    if (endpoint.position === undefined) {
      if (!MAGNETS.includes(endpoint.magnet as Magnet)) throw new Error(`in ${accessor}: Invalid enum value "${String(endpoint.magnet)}" for "magnet"`);
      this.#assertMagnetFits(accessor, endpoint.magnet as Magnet, this.#lineType);
    }
    return structuredClone(value as ConnectorEndpoint);
  }

  /**
   * "Elbowed connectors may use all magnets besides CENTER. Straight connectors may use only CENTER or NONE
   * magnets" (https://developers.figma.com/docs/plugins/api/ConnectorEndpoint). Curved ones follow
   * `unverified.curvedConnectorMagnets`. The docs do not say how Figma refuses; the fake throws [unverified].
   */
  #assertMagnetFits(accessor: string, magnet: Magnet, lineType: ConnectorNode['connectorLineType']): void {
    const rule = lineType === 'CURVED' ? (recordOf(this).board.unverified.curvedConnectorMagnets === 'like-straight' ? 'STRAIGHT' : 'ELBOWED') : lineType;
    const fits = rule === 'STRAIGHT' ? magnet === 'CENTER' || magnet === 'NONE' : magnet !== 'CENTER';
    if (!fits) throw new Error(`in ${accessor}: A ${lineType} connector cannot attach to the ${magnet} magnet`);
  }

  #relink(): void {
    const self = recordOf(this);
    for (const record of this.#linked) record.connectors.delete(this);
    this.#linked.clear();
    const points = [this.#start, this.#end].map((endpoint) => {
      if (!('endpointNodeId' in endpoint)) return endpoint.position;
      const target = self.board.nodesById.get(endpoint.endpointNodeId);
      if (!target) return { x: 0, y: 0 };
      const targetRecord = recordOf(target);
      targetRecord.connectors.add(this);
      this.#linked.add(targetRecord);
      return pointOn(targetRecord, endpoint);
    });
    const [start, end] = points as [Vector, Vector];
    const left = Math.min(start.x, end.x);
    const top = Math.min(start.y, end.y);
    // Endpoint positions are canvas coordinates; the connector is placed in its parent's space.
    const parentOrigin = self.parent ? computeAbsoluteTransform(recordOf(self.parent)) : null;
    const parentRecord = self.parent ? recordOf(self.parent) : null;
    const offset = parentOrigin && parentRecord && parentRecord.type !== 'PAGE' ? { x: parentOrigin[0][2], y: parentOrigin[1][2] } : { x: 0, y: 0 };
    self.transform = [
      [1, 0, left - offset.x],
      [0, 1, top - offset.y],
    ];
    self.width = Math.abs(end.x - start.x);
    self.height = Math.abs(end.y - start.y);
  }
}

/** Magnets at edge midpoints, AUTO/CENTER/NONE at the centre; a position is a 0-1 fraction of the node's box [MCP]. */
function pointOn(record: NodeRecord, endpoint: ConnectorEndpoint): Vector {
  const box = computeBoundingBox(computeAbsoluteTransform(record), record.width, record.height);
  if ('position' in endpoint) return { x: box.x + endpoint.position.x * box.width, y: box.y + endpoint.position.y * box.height };
  const magnet = 'magnet' in endpoint ? endpoint.magnet : 'CENTER';
  switch (magnet) {
    case 'TOP':
      return { x: box.x + box.width / 2, y: box.y };
    case 'BOTTOM':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'LEFT':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'RIGHT':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    default:
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
