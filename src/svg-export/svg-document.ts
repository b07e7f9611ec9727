/**
 * The canvas as an SVG document, written here from plain values Cytoscape reports (positions,
 * sizes, the rendered styles), so the export needs no renderer and no third-party writer.
 *
 * It is a faithful sketch rather than a replica: edges are straight lines (Cytoscape bends parallel
 * edges), round polygons keep sharp corners, and label wrapping estimates text widths. Every piece
 * of text or style that reaches the document is XML-escaped.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { drawEdge } from './edge-shapes.ts';
import { labelElement, labelOf } from './labels.ts';
import { cornerRadius, geometry, shapeElement, type NodeGeometry } from './node-shapes.ts';
import { attrs, dashes, el, fmt, num, opacity, str, type AttrValue, type Box } from './svg-markup.ts';

export { escapeXml } from './svg-markup.ts';

export interface SvgExportOptions {
  /** The whole graph (true) or the part in the viewport (false). */
  full: boolean;
  /** Paper colour, painted behind everything. */
  background: string;
}

/** Room around the whole graph, for estimated label widths that run past Cytoscape's box. */
const MARGIN = 8;

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
