/**
 * The canvas as an SVG document, written here from plain values Cytoscape reports (positions,
 * sizes, the rendered styles), so the export needs no renderer and no third-party writer.
 *
 * It is a faithful sketch rather than a replica: edges are straight lines (Cytoscape bends parallel
 * edges), round polygons keep sharp corners, and label wrapping estimates text widths. Every piece
 * of text or style that reaches the document is XML-escaped.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

export interface SvgExportOptions {
  /** The whole graph (true) or the part in the viewport (false). */
  full: boolean;
  /** Paper colour, painted behind everything. */
  background: string;
}

type Point = { x: number; y: number };
type Box = { x1: number; y1: number; x2: number; y2: number };

/** Room around the whole graph, for estimated label widths that run past Cytoscape's box. */
const MARGIN = 8;

// ── Text and numbers ──────────────────────────────────────────────────────────────────────────

/** Whether XML 1.0 allows the code point at all (no controls, lone surrogates, U+FFFE/U+FFFF). */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without the characters XML cannot hold. */
function xmlChars(value: unknown): string {
  let text = '';
  // By code point: a surrogate pair arrives whole, a lone surrogate alone (and is dropped).
  for (const char of String(value ?? '')) if (isXmlChar(char.codePointAt(0)!)) text += char;
  return text;
}

/** Safe in text and in double- or single-quoted attributes. */
export function escapeXml(value: unknown): string {
  return xmlChars(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Short, locale-free numbers: two decimals at most, never "-0", "NaN" or "Infinity". */
function fmt(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

type AttrValue = string | number | undefined | null | false;

/** ` name="value"` for each value given; numbers are formatted, everything else escaped. */
function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeXml(value)}"`;
  }
  return out;
}

const el = (name: string, values: Record<string, AttrValue>, body?: string) =>
  body === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${body}</${name}>`;

// ── Reading styles ────────────────────────────────────────────────────────────────────────────

type Styled = NodeSingular | EdgeSingular;

const str = (ele: Styled, name: string): string => String(ele.style(name) ?? '');

/** A style as a number: "3px" → 3, "0.8" → 0.8; the fallback when absent or not a number. */
function num(ele: Styled, name: string, fallback = 0): number {
  const value = Number.parseFloat(str(ele, name));
  return Number.isFinite(value) ? value : fallback;
}

/** Only opacities below 1 are written: the default needs no attribute. */
const opacity = (value: number) => (value < 1 ? Math.max(0, value) : undefined);

function dashes(style: string, width: number, dashed: readonly [number, number]): string | undefined {
  if (style === 'dotted') return `${fmt(Math.max(width, 1))} ${fmt(Math.max(width, 1) * 1.5)}`;
  if (style === 'dashed') return `${fmt(dashed[0])} ${fmt(dashed[1])}`;
  return undefined;
}

// ── Shapes ────────────────────────────────────────────────────────────────────────────────────

type Unit = readonly (readonly [number, number])[];

/** [x1, y1, x2, y2, …] as points, the way Cytoscape writes its shapes. */
const pairs = (flat: readonly number[]): Unit =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as const);

/** A regular polygon of `sides` on the unit circle, as Cytoscape builds it (flat bottom). */
function ngon(sides: number, rotation = 0): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => {
    const angle = start + i * step;
    return [Math.cos(angle), Math.sin(-angle)] as [number, number];
  });
}

/** Stretched to fill the square from -1 to 1 on both axes, as Cytoscape fits its shapes. */
function fitToSquare(points: [number, number][]): Unit {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = 2 / (maxX - minX);
  const sy = 2 / (maxY - minY);
  return points.map(([x, y]) => [(x - minX) * sx - 1, (y - minY) * sy - 1] as const);
}

function star(): Unit {
  const inner = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const outer = ngon(5);
  const within = ngon(5, Math.PI / 5);
  return fitToSquare(outer.flatMap((p, i) => [p, [within[i]![0] * inner, within[i]![1] * inner] as [number, number]]));
}

/** Unit polygons (y down) for the node shapes that are neither ellipses nor rectangles. */
const POLYGONS: Record<string, Unit> = {
  triangle: fitToSquare(ngon(3)),
  diamond: pairs([0, 1, 1, 0, 0, -1, -1, 0]),
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  heptagon: fitToSquare(ngon(7)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  vee: pairs([-1, -1, 0, -0.333, 1, -1, 0, 1]),
  rhomboid: pairs([-1, -1, 0.333, -1, 1, 1, -0.333, 1]),
  'right-rhomboid': pairs([-0.333, -1, 1, -1, 0.333, 1, -1, 1]),
  'concave-hexagon': pairs([-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]),
  tag: pairs([-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]),
};

const ROUNDED_RECTANGLES = new Set([
  'round-rectangle',
  'roundrectangle',
  'barrel',
  'bottom-round-rectangle',
  'bottomroundrectangle',
]);

type Outline = { kind: 'ellipse' } | { kind: 'rect'; rounded: boolean } | { kind: 'polygon'; points: Unit };

/** How a Cytoscape shape is drawn here: round polygons lose their rounding, the rest are rectangles. */
function outlineOf(shape: string): Outline {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  const points = POLYGONS[shape] ?? POLYGONS[shape.replace(/^round-/, '')];
  if (points) return { kind: 'polygon', points };
  return { kind: 'rect', rounded: ROUNDED_RECTANGLES.has(shape) };
}

/** Cytoscape's corner radius for round rectangles. */
const cornerRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);

interface NodeGeometry {
  x: number;
  y: number;
  w: number;
  h: number;
  border: number;
  outline: Outline;
}

function geometry(node: NodeSingular): NodeGeometry {
  const { x, y } = node.position();
  return {
    x,
    y,
    w: node.width(),
    h: node.height(),
    border: num(node, 'border-width'),
    outline: outlineOf(str(node, 'shape')),
  };
}

function polygonPoints(g: NodeGeometry, points: Unit): string {
  return points.map(([px, py]) => `${fmt(g.x + (px * g.w) / 2)},${fmt(g.y + (py * g.h) / 2)}`).join(' ');
}

/** The SVG element for a node's outline, with the given paint. */
function shapeElement(g: NodeGeometry, paint: Record<string, AttrValue>): string {
  switch (g.outline.kind) {
    case 'ellipse':
      return el('ellipse', { cx: g.x, cy: g.y, rx: g.w / 2, ry: g.h / 2, ...paint });
    case 'polygon':
      return el('polygon', { points: polygonPoints(g, g.outline.points), ...paint });
    case 'rect':
      return el('rect', {
        x: g.x - g.w / 2,
        y: g.y - g.h / 2,
        width: g.w,
        height: g.h,
        rx: g.outline.rounded ? cornerRadius(g.w, g.h) : undefined,
        ...paint,
      });
  }
}

/**
 * How far from the centre, along the unit direction (ux, uy), the node's outline (border
 * included) lies: where an edge meets the node.
 */
function reach(g: NodeGeometry, ux: number, uy: number): number {
  const hw = g.w / 2 + g.border / 2;
  const hh = g.h / 2 + g.border / 2;
  if (hw <= 0 || hh <= 0) return 0;
  if (g.outline.kind === 'ellipse') return 1 / Math.hypot(ux / hw, uy / hh);
  const rectangle = Math.min(ux === 0 ? Infinity : hw / Math.abs(ux), uy === 0 ? Infinity : hh / Math.abs(uy));
  if (g.outline.kind === 'rect') return rectangle;
  // The farthest crossing of the ray with the polygon's sides (all our shapes are star-shaped).
  const points = g.outline.points;
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    const [x1, y1, x2, y2] = [ax * hw, ay * hh, bx * hw, by * hh];
    const ex = x2 - x1;
    const ey = y2 - y1;
    const denominator = ux * ey - uy * ex;
    if (Math.abs(denominator) < 1e-12) continue;
    const t = (x1 * ey - y1 * ex) / denominator;
    const s = (x1 * uy - y1 * ux) / denominator;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.max(best, t);
  }
  return best > 0 ? best : rectangle;
}

// ── Arrowheads ────────────────────────────────────────────────────────────────────────────────

/** Cytoscape's arrow shapes: x across the edge, y along it, tip at the origin, body at y < 0. */
const ARROWS: Record<string, Unit> = {
  triangle: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3]),
  vee: pairs([-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15]),
  diamond: pairs([-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]),
  square: pairs([-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3]),
  tee: pairs([-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0]),
  chevron: pairs([0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15]),
};

/** The arrowhead with its tip at `tip`, pointing along the unit direction (fx, fy). */
function arrowPolygon(shape: string, tip: Point, fx: number, fy: number, size: number, fill: string): string {
  const points = ARROWS[shape] ?? ARROWS.triangle!;
  // Across the edge: the direction turned a quarter.
  const [nx, ny] = [-fy, fx];
  const text = points
    .map(([a, b]) => `${fmt(tip.x + size * (a * nx + b * fx))},${fmt(tip.y + size * (a * ny + b * fy))}`)
    .join(' ');
  return el('polygon', { points: text, fill });
}

// ── Labels ────────────────────────────────────────────────────────────────────────────────────

/** A rough width for text, without a canvas to measure it. */
const textWidth = (text: string, size: number, bold: boolean) => [...text].length * size * (bold ? 0.58 : 0.53);

function wrapLines(label: string, mode: string, maxWidth: number, size: number, bold: boolean): string[] {
  if (mode === 'none') return [label.replace(/\s*\n\s*/g, ' ')];
  if (mode === 'ellipsis') {
    let line = label.replace(/\s*\n\s*/g, ' ');
    if (textWidth(line, size, bold) <= maxWidth) return [line];
    while (line.length > 1 && textWidth(`${line}…`, size, bold) > maxWidth) line = line.slice(0, -1);
    return [`${line.trimEnd()}…`];
  }
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, size, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A label as Cytoscape places it: centred on the node, above (top), on (center) or below
 * (bottom) its box, `anchorY` being that box's edge for top and bottom.
 */
function labelElement(
  ele: NodeSingular,
  text: string,
  x: number,
  anchorY: number,
  alpha: number,
): { svg: string; box: Box } {
  const size = num(ele, 'font-size', 12);
  const weight = str(ele, 'font-weight') || 'normal';
  const bold = weight === 'bold' || Number.parseInt(weight, 10) >= 600;
  const maxWidth = num(ele, 'text-max-width', 200);
  const lines = wrapLines(text, str(ele, 'text-wrap'), maxWidth, size, bold);
  const lineHeight = size * Math.max(num(ele, 'line-height', 1), 1) * 1.15;
  const valign = str(ele, 'text-valign');
  const height = lines.length * lineHeight;
  const top = valign === 'top' ? anchorY - height : valign === 'bottom' ? anchorY : anchorY - height / 2;
  const outline = num(ele, 'text-outline-width');
  const outlineAlpha = num(ele, 'text-outline-opacity', 1);
  const tspans = lines
    .map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, escapeXml(line)))
    .join('');
  const halfWidth = Math.max(...lines.map((line) => textWidth(line, size, bold))) / 2 + outline;
  const box = { x1: x - halfWidth, y1: top - outline, x2: x + halfWidth, y2: top + height + outline };
  const svg = el(
    'text',
    {
      x,
      // The first baseline: the ascent below the top of the label box.
      y: top + (lineHeight - size) / 2 + size * 0.8,
      'text-anchor': 'middle',
      'font-family': str(ele, 'font-family') || 'sans-serif',
      'font-size': size,
      'font-weight': weight === 'normal' ? undefined : weight,
      'font-style': str(ele, 'font-style') === 'italic' ? 'italic' : undefined,
      fill: str(ele, 'color') || '#000',
      opacity: opacity(alpha),
      ...(outline > 0 && outlineAlpha > 0
        ? {
            stroke: str(ele, 'text-outline-color'),
            'stroke-width': outline * 2,
            'stroke-opacity': opacity(outlineAlpha),
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
    },
    tspans,
  );
  return { svg, box };
}

/** The label Cytoscape draws for the element ('' when the stylesheet gives it none). */
const labelOf = (ele: NodeSingular) => xmlChars(ele.style('label')).trim();

// ── The document ──────────────────────────────────────────────────────────────────────────────

const finiteBox = (b: Partial<Box> & { w?: number; h?: number }): Box | null =>
  [b.x1, b.y1, b.x2, b.y2].every((v) => typeof v === 'number' && Number.isFinite(v)) && b.x2! > b.x1! && b.y2! > b.y1!
    ? { x1: b.x1!, y1: b.y1!, x2: b.x2!, y2: b.y2! }
    : null;

const overlaps = (a: Box, b: Box) => a.x1 <= b.x2 && a.x2 >= b.x1 && a.y1 <= b.y2 && a.y2 >= b.y1;

const union = (a: Box, b: Box): Box => ({
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
  x2: Math.max(a.x2, b.x2),
  y2: Math.max(a.y2, b.y2),
});

function nodeBox(g: NodeGeometry): Box {
  const hw = g.w / 2 + g.border / 2;
  const hh = g.h / 2 + g.border / 2;
  return { x1: g.x - hw, y1: g.y - hh, x2: g.x + hw, y2: g.y + hh };
}

function borderPaint(ele: NodeSingular, width: number): Record<string, AttrValue> {
  if (width <= 0) return { stroke: 'none' };
  const style = str(ele, 'border-style');
  return {
    stroke: str(ele, 'border-color'),
    'stroke-width': width,
    'stroke-opacity': opacity(num(ele, 'border-opacity', 1)),
    'stroke-dasharray': dashes(style, width, [4, 2]),
  };
}

function drawNode(node: NodeSingular, g: NodeGeometry, background: string): string {
  const alpha = node.effectiveOpacity();
  const parts = [
    shapeElement(g, {
      fill: str(node, 'background-color'),
      'fill-opacity': opacity(num(node, 'background-opacity', 1)),
      ...borderPaint(node, g.border),
    }),
  ];
  // A double border: the middle third of the stroke shows the paper, as on the canvas.
  if (g.border > 0 && str(node, 'border-style') === 'double')
    parts.push(shapeElement(g, { fill: 'none', stroke: background, 'stroke-width': g.border / 3 }));
  return el('g', { class: 'node', opacity: opacity(alpha) }, parts.join(''));
}

function drawEdge(edge: EdgeSingular, source: NodeGeometry, target: NodeGeometry): string {
  const width = num(edge, 'width', 1);
  const colour = str(edge, 'line-color');
  const alpha = edge.effectiveOpacity() * num(edge, 'line-opacity', 1);
  const stroke = {
    stroke: colour,
    'stroke-width': width,
    'stroke-dasharray': dashes(str(edge, 'line-style'), width, [6, 3]),
    fill: 'none',
  };
  if (edge.source().same(edge.target())) {
    // A loop: a small arc over the node's top.
    const top = source.y - source.h / 2;
    const spread = source.w / 4;
    const lift = Math.max(source.h, 20);
    const d = `M${fmt(source.x - spread)},${fmt(top)} C${fmt(source.x - spread - lift / 2)},${fmt(top - lift)} ${fmt(source.x + spread + lift / 2)},${fmt(top - lift)} ${fmt(source.x + spread)},${fmt(top)}`;
    return el('g', { class: 'edge', opacity: opacity(alpha) }, el('path', { d, ...stroke }));
  }
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return '';
  const [ux, uy] = [dx / length, dy / length];
  const fromSource = reach(source, ux, uy);
  const fromTarget = reach(target, -ux, -uy);
  // Overlapping nodes: centre to centre, under them.
  const clipped = fromSource + fromTarget < length;
  const start = clipped ? { x: source.x + ux * fromSource, y: source.y + uy * fromSource } : source;
  const end = clipped ? { x: target.x - ux * fromTarget, y: target.y - uy * fromTarget } : target;
  const parts = [el('line', { x1: start.x, y1: start.y, x2: end.x, y2: end.y, ...stroke })];
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * num(edge, 'arrow-scale', 1);
  // Halfway arrows (the large-graph style's highlighted edges) have their tip at the middle.
  const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  for (const [at, tip, fx, fy] of [
    ['source', start, -ux, -uy],
    ['target', end, ux, uy],
    ['mid-source', middle, -ux, -uy],
    ['mid-target', middle, ux, uy],
  ] as const) {
    const shape = str(edge, `${at}-arrow-shape`);
    if (!shape || shape === 'none') continue;
    parts.push(arrowPolygon(shape, tip, fx, fy, size, str(edge, `${at}-arrow-color`) || colour));
  }
  return el('g', { class: 'edge', opacity: opacity(alpha) }, parts.join(''));
}

/**
 * A shown compound group: a rounded box around its visible children (their labels too, unless
 * `compound-sizing-wrt-labels` says otherwise), its label above.
 */
function drawGroup(group: NodeSingular, children: Box[]): { shape: string; label?: string; box: Box } | null {
  if (children.length === 0) return null;
  const padding = num(group, 'padding');
  const inner = children.reduce(union);
  const [x1, y1, x2, y2] = [inner.x1 - padding, inner.y1 - padding, inner.x2 + padding, inner.y2 + padding];
  const [w, h] = [x2 - x1, y2 - y1];
  const alpha = group.effectiveOpacity();
  const border = num(group, 'border-width');
  const shape = el('rect', {
    class: 'group',
    x: x1,
    y: y1,
    width: w,
    height: h,
    rx: cornerRadius(w, h),
    fill: str(group, 'background-color'),
    'fill-opacity': opacity(num(group, 'background-opacity', 1)),
    ...borderPaint(group, border),
    opacity: opacity(alpha),
  });
  const box = { x1: x1 - border / 2, y1: y1 - border / 2, x2: x2 + border / 2, y2: y2 + border / 2 };
  const text = labelOf(group);
  const textAlpha = alpha * num(group, 'text-opacity', 1);
  if (!text || textAlpha <= 0) return { shape, box };
  const valign = str(group, 'text-valign');
  const anchor = (valign === 'top' ? y1 : valign === 'bottom' ? y2 : (y1 + y2) / 2) + num(group, 'text-margin-y');
  const label = labelElement(group, text, (x1 + x2) / 2 + num(group, 'text-margin-x'), anchor, textAlpha);
  return { shape, label: label.svg, box: union(box, label.box) };
}

/**
 * The graph as a standalone SVG document: shown provider groups, then edges, then nodes, then
 * labels on top. Elements hidden with `display: none` (filtered out, muted by the layout) are
 * left out; dimmed ones are drawn at their opacity.
 *
 * `full`: the view is Cytoscape's box of the visible elements, widened to whatever is drawn here
 * (a headless Cytoscape cannot measure labels), one unit to the pixel. Otherwise the viewport
 * (`cy.extent()`) at its on-screen size, with what lies outside it left out.
 */
export function graphToSvg(cy: Core, { full, background }: SvgExportOptions): string {
  // Without a canvas on screen (headless, or not laid out yet) there is no viewport: the whole graph.
  const viewport = full ? null : finiteBox(cy.extent());
  const inView = (box: Box) => !viewport || overlaps(box, viewport);
  let drawnBox = finiteBox(cy.elements(':visible').boundingBox({}));
  const include = (box: Box) => (drawnBox = drawnBox ? union(drawnBox, box) : box);

  const nodes = cy.nodes(':visible');
  const geometries = new Map<string, NodeGeometry>();
  for (const node of nodes) if (!node.isParent()) geometries.set(node.id(), geometry(node));

  // Nodes first (groups are sized by them), in Cytoscape's order: z-index, then document order.
  const ordered: { node: NodeSingular; i: number; z: number }[] = [];
  nodes.forEach((node) => {
    if (!node.isParent()) ordered.push({ node, i: ordered.length, z: num(node, 'z-index') });
  });
  ordered.sort((a, b) => a.z - b.z || a.i - b.i);
  const labelled = new Map<string, { svg: string; box: Box }>();
  for (const { node } of ordered) {
    const g = geometries.get(node.id())!;
    const text = labelOf(node);
    const textAlpha = node.effectiveOpacity() * num(node, 'text-opacity', 1);
    if (!text || textAlpha <= 0) continue;
    const valign = str(node, 'text-valign');
    const edge = valign === 'top' ? g.y - g.h / 2 : valign === 'bottom' ? g.y + g.h / 2 : g.y;
    const x = g.x + num(node, 'text-margin-x');
    labelled.set(node.id(), labelElement(node, text, x, edge + num(node, 'text-margin-y'), textAlpha));
  }

  const groupShapes: string[] = [];
  const groupLabels: string[] = [];
  for (const group of nodes) {
    if (!group.isParent() || !group.hasClass('shown')) continue;
    const withLabels = str(group, 'compound-sizing-wrt-labels') !== 'exclude';
    const children: Box[] = [];
    for (const child of group.children(':visible')) {
      const g = geometries.get(child.id());
      if (!g) continue;
      const label = withLabels ? labelled.get(child.id()) : undefined;
      children.push(label ? union(nodeBox(g), label.box) : nodeBox(g));
    }
    const drawn = drawGroup(group, children);
    if (!drawn || !inView(drawn.box)) continue;
    include(drawn.box);
    groupShapes.push(drawn.shape);
    if (drawn.label) groupLabels.push(drawn.label);
  }

  const edges: string[] = [];
  for (const edge of cy.edges(':visible')) {
    const source = geometries.get(edge.source().id());
    const target = geometries.get(edge.target().id());
    if (!source || !target) continue;
    // The segment's box: enough to leave out edges wholly off screen.
    if (!inView(union(nodeBox(source), nodeBox(target)))) continue;
    const drawn = drawEdge(edge, source, target);
    if (drawn) edges.push(drawn);
  }

  const shapes: string[] = [];
  const labels: string[] = [];
  for (const { node } of ordered) {
    const g = geometries.get(node.id())!;
    const label = labelled.get(node.id());
    const box = label ? union(nodeBox(g), label.box) : nodeBox(g);
    if (!inView(box)) continue;
    include(box);
    shapes.push(drawNode(node, g, background));
    if (label) labels.push(label.svg);
  }

  const whole: Box | null = drawnBox && {
    x1: drawnBox.x1 - MARGIN,
    y1: drawnBox.y1 - MARGIN,
    x2: drawnBox.x2 + MARGIN,
    y2: drawnBox.y2 + MARGIN,
  };
  const view = viewport ?? whole ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
  const [viewW, viewH] = [view.x2 - view.x1, view.y2 - view.y1];
  // The visible part at its on-screen size; the whole graph one unit to the pixel.
  const onScreen = viewport && cy.width() > 0 && cy.height() > 0;
  const [width, height] = onScreen ? [cy.width(), cy.height()] : [viewW, viewH];

  // No XML declaration: UTF-8 is the default, and the document starts at <svg (as pages embed it).
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      width,
      height,
      viewBox: `${fmt(view.x1)} ${fmt(view.y1)} ${fmt(viewW)} ${fmt(viewH)}`,
    })}>`,
    el('rect', { class: 'background', x: view.x1, y: view.y1, width: viewW, height: viewH, fill: background }),
    el('g', { class: 'groups' }, groupShapes.join('')),
    el('g', { class: 'edges' }, edges.join('')),
    el('g', { class: 'nodes' }, shapes.join('')),
    el('g', { class: 'labels' }, [...groupLabels, ...labels].join('')),
    '</svg>',
    '',
  ].join('\n');
}
