import type { SceneItem, SceneText } from './read-board-scene';
import { flattenScene } from './read-board-scene';
import { findStampKind } from './stamp-kinds';
import { CHEVRON_POINT_SHARE } from '../../src/core/template/compute-stage-header-shapes';

const SVG = 'http://www.w3.org/2000/svg';
const STICKY_PADDING = 24;
const SHAPE_PADDING = 8;
const SECTION_BORDER = '#b3b3b3';
const NESTED_NAME_MAXIMUM_SCALE = 1.6;

type Attributes = Record<string, string | number>;

function svgElement(name: string, attributes: Attributes = {}): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Text is always set as text content, never as markup: a note that says `<img onerror=...>` shows just that. */
function renderTextBlock(item: SceneItem, text: SceneText, box: { x: number; y: number; width: number; height: number }, centered: boolean): SVGElement {
  const holder = svgElement('foreignObject', { x: box.x, y: box.y, width: Math.max(box.width, 1), height: Math.max(box.height, 1) });
  const block = document.createElement('div');
  block.className = centered ? 'board-text centered' : 'board-text';
  block.style.fontSize = `${text.fontSize}px`;
  block.style.color = text.color;
  block.style.fontWeight = text.bold ? '700' : '500';
  block.style.textAlign = text.align === 'JUSTIFIED' ? 'justify' : text.align.toLowerCase();
  block.style.whiteSpace = text.wraps ? 'pre-wrap' : 'pre';
  block.textContent = text.characters;
  block.dataset.textOf = item.id;
  holder.append(block);
  return holder;
}

function shapeOutline(item: SceneItem, attributes: Attributes): SVGElement {
  const { x, y, width, height } = item;
  const points = (list: Array<[number, number]>): string => list.map(([px, py]) => `${x + px * width},${y + py * height}`).join(' ');
  switch (item.shapeType) {
    case 'ELLIPSE':
      return svgElement('ellipse', { cx: x + width / 2, cy: y + height / 2, rx: width / 2, ry: height / 2, ...attributes });
    case 'DIAMOND':
      return svgElement('polygon', { points: points([[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]]), ...attributes });
    case 'TRIANGLE_UP':
      return svgElement('polygon', { points: points([[0.5, 0], [1, 1], [0, 1]]), ...attributes });
    case 'TRIANGLE_DOWN':
      return svgElement('polygon', { points: points([[0, 0], [1, 0], [0.5, 1]]), ...attributes });
    case 'SQUARE':
      return svgElement('rect', { x, y, width, height, ...attributes });
    case 'CHEVRON': {
      // Cut in at both ends by the share of the width the layout keeps text clear of.
      const depth = Math.min(CHEVRON_POINT_SHARE, 0.5);
      return svgElement('polygon', { points: points([[0, 0], [1 - depth, 0], [1, 0.5], [1 - depth, 1], [0, 1], [depth, 0.5]]), ...attributes });
    }
    default:
      return svgElement('rect', { x, y, width, height, rx: Math.min(16, width / 8, height / 8), ...attributes });
  }
}

/**
 * A top-level section's name sits above it at the same size on screen at every zoom, as in FigJam. A nested
 * section's name goes inside its top-right corner and stops growing when zoomed out, so that tightly stacked
 * lanes do not bury each other's names.
 */
function renderSectionName(item: SceneItem, nested: boolean): SVGElement {
  const label = svgElement('g', { class: 'section-label' });
  const anchor = nested ? { x: item.x + item.width - 8, y: item.y + 6 } : { x: item.x, y: item.y };
  const scale = nested ? `min(calc(1 / var(--zoom)), ${NESTED_NAME_MAXIMUM_SCALE})` : 'calc(1 / var(--zoom))';
  label.setAttribute('style', `transform: translate(${anchor.x}px, ${anchor.y}px) scale(${scale})`);
  const name = svgElement('text', nested ? { x: 0, y: 0, class: 'section-name nested' } : { x: 0, y: -8, class: 'section-name' });
  name.textContent = item.name;
  label.append(name);
  return label;
}

function renderSection(item: SceneItem, group: SVGElement, nested: boolean): void {
  group.append(svgElement('rect', { x: item.x, y: item.y, width: item.width, height: item.height, rx: 4, fill: item.fill ?? '#ffffff', stroke: item.stroke ?? SECTION_BORDER, 'vector-effect': 'non-scaling-stroke' }));
  group.append(renderSectionName(item, nested));
  for (const child of item.children) group.append(renderItem(child, true));
}

function renderShape(item: SceneItem, group: SVGElement): void {
  group.append(shapeOutline(item, { fill: item.fill ?? 'none', stroke: item.stroke ?? 'none', 'stroke-width': item.stroke ? item.strokeWeight : 0 }));
  if (item.text && item.text.characters !== '') {
    const box = { x: item.x + SHAPE_PADDING, y: item.y + SHAPE_PADDING, width: item.width - 2 * SHAPE_PADDING, height: item.height - 2 * SHAPE_PADDING };
    group.append(renderTextBlock(item, item.text, box, true));
  }
}

function renderSticky(item: SceneItem, group: SVGElement): void {
  group.append(svgElement('rect', { x: item.x, y: item.y, width: item.width, height: item.height, rx: 2, fill: item.fill ?? '#ffe299', class: 'sticky-paper' }));
  if (item.text) {
    const box = { x: item.x + STICKY_PADDING, y: item.y + STICKY_PADDING, width: item.width - 2 * STICKY_PADDING, height: item.height - 2 * STICKY_PADDING };
    group.append(renderTextBlock(item, item.text, box, false));
  }
  if (item.author) {
    const author = svgElement('text', { x: item.x + STICKY_PADDING, y: item.y + item.height - 10, class: 'sticky-author' });
    author.textContent = item.author;
    group.append(author);
  }
}

function renderStamp(item: SceneItem, group: SVGElement): void {
  const kind = findStampKind(item.name);
  const radius = Math.min(item.width, item.height) / 2;
  const center = { x: item.x + item.width / 2, y: item.y + item.height / 2 };
  group.append(svgElement('circle', { cx: center.x, cy: center.y, r: radius, fill: kind?.color ?? '#5c5c5c', class: 'stamp-badge' }));
  const symbol = svgElement('text', { x: center.x, y: center.y, class: 'stamp-symbol', 'font-size': radius * 0.95 });
  symbol.textContent = kind?.symbol ?? (item.name.slice(0, 2) || '•');
  group.append(symbol);
  const title = svgElement('title');
  title.textContent = `Stamp: ${item.name}`;
  group.append(title);
}

function renderConnector(item: SceneItem, group: SVGElement): void {
  const line = item.line ?? { x1: item.x, y1: item.y, x2: item.x + item.width, y2: item.y + item.height };
  group.append(svgElement('line', { ...line, stroke: item.stroke ?? '#1e1e1e', 'stroke-width': item.strokeWeight }));
}

function renderItem(item: SceneItem, nested: boolean): SVGElement {
  const group = svgElement('g', { 'data-node-id': item.id, 'data-node-type': item.type, class: `node node-${item.type.toLowerCase()}` });
  if (item.locked) group.classList.add('locked');
  if (item.rotation !== 0) group.setAttribute('transform', `rotate(${item.rotation} ${item.x} ${item.y})`);
  if (item.type === 'SECTION') renderSection(item, group, nested);
  else if (item.type === 'SHAPE_WITH_TEXT') renderShape(item, group);
  else if (item.type === 'STICKY') renderSticky(item, group);
  else if (item.type === 'STAMP') renderStamp(item, group);
  else if (item.type === 'CONNECTOR') renderConnector(item, group);
  else if (item.text) group.append(renderTextBlock(item, item.text, item, false));
  return group;
}

/** Replaces the drawing: every item back to front, then an outline over each selected one. */
export function renderBoard(layer: SVGElement, items: readonly SceneItem[], selectedIds: ReadonlySet<string>): void {
  const fragment = document.createDocumentFragment();
  for (const item of items) fragment.append(renderItem(item, false));
  for (const item of flattenScene(items)) {
    if (!selectedIds.has(item.id)) continue;
    const outline = svgElement('rect', { x: item.x, y: item.y, width: item.width, height: item.height, class: 'selection-outline', 'vector-effect': 'non-scaling-stroke' });
    if (item.rotation !== 0) outline.setAttribute('transform', `rotate(${item.rotation} ${item.x} ${item.y})`);
    fragment.append(outline);
  }
  layer.replaceChildren(fragment);
}
