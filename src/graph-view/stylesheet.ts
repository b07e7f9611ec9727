/**
 * The Cytoscape stylesheets, built once per theme. react-cytoscapejs reloads the whole stylesheet
 * whenever the prop changes identity, so these are module constants, never rebuilt per render.
 */
import type { StylesheetJson } from 'cytoscape';
import { EDGE_KINDS, PROVIDERS, TIERS, type EdgeKind } from '../domain/vocabulary';
import { EDGE_LOOKS, KIND_SHAPES, PROGRESS_MARKS, PROVIDER_MARKS, TIER_COLOURS } from '../encoding/encoding';
import { INK, MUTED_INK, PAPER, type Theme } from '../encoding/theme';
import { LABEL_FONT_FAMILY } from './labels/measure-text';
import { SIDES } from './labels/place-labels';

/** Every side but the default (below), which needs no class. */
const LABEL_SIDES = SIDES.filter((side) => side !== 'bottom');

export type { Theme };

const ACCENT = { light: '#1d4ed8', dark: '#fbbf24' };

/**
 * The arrowhead of an edge kind. Haystack edges (`mid`, the large-graph drawing) can only draw
 * arrows halfway along the line: the same direction, at the middle.
 */
function arrowStyle(kind: EdgeKind, theme: Theme, mid: boolean): Record<string, string> {
  const look = EDGE_LOOKS[kind];
  const end = look.arrowAt === 'source' ? 'source' : 'target';
  const at = mid ? `mid-${end}` : end;
  // offered-by: no arrow in large graphs, the provider's border already says it.
  const shape = look.arrowAt === 'none' || (mid && kind === 'offered-by') ? 'none' : look.arrow;
  return { [`${at}-arrow-shape`]: shape, [`${at}-arrow-color`]: look.colour[theme] };
}

/**
 * `large`: the cheaper variant for large graphs (see large-graph.ts): no text outline (the
 * costliest part of drawing a label), labels only once they would be 12px on screen, thin haystack
 * edges (straight, centre to centre: no control points or endpoints to compute) that take no
 * clicks, arrowheads only on highlighted edges, and no grey overlay on the pressed node.
 */
function buildStylesheet(theme: Theme, large = false): StylesheetJson {
  const sheet = [
    {
      selector: 'node',
      style: {
        // Labels are chosen by the labeller (labels/label-pass.ts): none unless it places one.
        label: '',
        'font-family': LABEL_FONT_FAMILY,
        color: INK[theme],
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        // The labeller breaks the lines itself, so Cytoscape never wraps differently.
        'text-max-width': '4000px',
        'text-outline-color': PAPER[theme],
        'text-outline-width': 0,
        // Never a label under 10 px on screen: mid-gesture, a shrinking label disappears instead.
        'min-zoomed-font-size': 10,
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': PAPER[theme],
        'background-color': TIER_COLOURS.none,
      },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: `.kind-${kind}`, style: { shape } })),
    ...TIERS.map((tier) => ({ selector: `.tier-${tier}`, style: { 'background-color': TIER_COLOURS[tier] } })),
    { selector: '.kind-provider', style: { width: 34, height: 34, 'font-weight': 'bold' } },
    { selector: '.kind-capability', style: { width: 18, height: 18 } },
    ...PROVIDERS.map((p) => ({
      selector: `node.provider-${p}`,
      style: {
        'border-width': PROVIDER_MARKS[p].border === 'double' ? 5 : 3,
        'border-style': PROVIDER_MARKS[p].border,
        'border-color': PROVIDER_MARKS[p].colour,
      },
    })),
    {
      // Provider groups are compound parents: visible only in the provider layout.
      selector: '.provider-group',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0,
        'border-width': 0,
        label: '',
        events: 'no',
        padding: '18px',
        // The box holds its services, not their labels, so neighbouring columns never overlap.
        'compound-sizing-wrt-labels': 'exclude',
      },
    },
    {
      selector: '.provider-group.shown',
      style: {
        'background-opacity': theme === 'light' ? 0.05 : 0.12,
        'background-color': INK[theme],
        'border-width': 2,
      },
    },
    // Labels placed by the labeller: a constant size on screen (font size = pixels / zoom).
    {
      selector: 'node.lbl',
      // Large graphs: no text outline (drawing it costs as much again as the text).
      style: {
        label: 'data(lbl)',
        'font-size': 'data(lfs)',
        'text-outline-width': large ? 0 : 'data(low)',
        'text-margin-x': 'data(lmx)',
        'text-margin-y': 'data(lmy)',
        // Drawn after the unlabelled nodes, so no dot lands on a label. Not for large graphs: every
        // label pass would re-sort tens of thousands of elements.
        ...(large ? {} : { 'z-index': 5 }),
      },
    },
    ...LABEL_SIDES.map((side) => ({
      selector: `node.lbl-${side}`,
      style: {
        'text-valign': side.startsWith('top') ? 'top' : side.startsWith('bottom') ? 'bottom' : 'center',
        'text-halign': side.endsWith('right') ? 'right' : side.endsWith('left') ? 'left' : 'center',
      },
    })),
    { selector: 'node.lbl-strong, node.lbl-heading', style: { 'font-weight': 'bold' } },
    {
      // A layout's own names: text only, never clicked, shown in their layout.
      selector: 'node.annotation',
      style: {
        display: 'none',
        events: 'no',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'text-valign': 'bottom',
        color: MUTED_INK[theme],
      },
    },
    { selector: 'node.annotation.shown', style: { display: 'element' } },
    { selector: 'node.annotation-note', style: { 'font-style': 'italic' } },
    // Progress: a ring around the node, solid when learned, dashed while learning.
    ...(['learned', 'learning'] as const).map((status) => ({
      selector: `node.${status}`,
      style: {
        'outline-width': 3,
        'outline-offset': 2,
        'outline-color': INK[theme],
        'outline-style': PROGRESS_MARKS[status].ring,
        'outline-opacity': 0.85,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1,
        // Straight, not bezier: a lone bezier edge is drawn straight anyway, but finding its
        // parallel edges, on every restyle of either end (each label pass), cost a quarter of
        // Cytoscape's work after it. Edges that share their ends are 'parallel' (elements.ts):
        // curves side by side. Large graphs: haystack edges are straight lines between node
        // centres, with no control points, endpoints or arrow geometry to compute; and nothing
        // happens on an edge click, so edges take no part in hit-testing.
        'curve-style': large ? 'haystack' : 'straight',
        ...(large ? { 'haystack-radius': 0, events: 'no' } : {}),
        'arrow-scale': large ? 0.6 : 0.8,
        opacity: 0.75,
      },
    },
    ...EDGE_KINDS.map((kind) => {
      const look = EDGE_LOOKS[kind];
      return {
        selector: `.edge-${kind}`,
        style: {
          'line-style': look.line,
          'line-color': look.colour[theme],
          width: large ? Math.max(0.5, look.width / 2) : look.width,
          // Large graphs: no arrowheads on plain edges (at 5k nodes they are a third of every
          // redraw, and sub-pixel when zoomed out); highlighted edges get theirs back below.
          ...(large ? {} : arrowStyle(kind, theme, false)),
        },
      };
    }),
    ...(large ? [] : [{ selector: 'edge.parallel', style: { 'curve-style': 'bezier' } }]),
    { selector: '.edge-requires.recommended', style: { 'line-style': 'dashed' } },
    // State classes, set by the canvas controller.
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.3 } },
    { selector: '.filtered-out, .layout-muted', style: { display: 'none' } },
    { selector: 'edge.highlighted', style: { opacity: 1, width: 2.6, 'z-index': 10 } },
    // Large graphs: the edges of a focus, trace or path, and counterpart links, show their direction.
    ...(large
      ? EDGE_KINDS.filter((kind) => kind !== 'offered-by' && EDGE_LOOKS[kind].arrowAt !== 'none').map((kind) => ({
          selector: `.edge-${kind}.highlighted, .edge-${kind}.counterpart`,
          style: arrowStyle(kind, theme, true),
        }))
      : []),
    { selector: 'node.highlighted', style: { 'z-index': 10 } },
    {
      selector: 'node.counterpart',
      style: {
        'underlay-color': ACCENT[theme],
        'underlay-opacity': 0.35,
        'underlay-padding': 6,
        'underlay-shape': 'round-rectangle',
        'font-weight': 'bold',
        'z-index': 15,
      },
    },
    { selector: 'edge.counterpart', style: { width: 3, opacity: 1, 'z-index': 15 } },
    {
      selector: 'node.focus-root',
      style: {
        'underlay-color': ACCENT[theme],
        'underlay-opacity': 0.25,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
      },
    },
    // Large graphs: no grey overlay on the pressed node (a press still costs a redraw: Cytoscape
    // restyles the node it activates; the overlay would only add to it).
    ...(large ? [{ selector: ':active', style: { 'overlay-opacity': 0 } }] : []),
    {
      selector: 'node:selected',
      style: {
        'overlay-color': ACCENT[theme],
        'overlay-opacity': 0.18,
        'overlay-padding': 7,
        'z-index': 20,
      },
    },
  ];
  return sheet as StylesheetJson;
}

export const STYLESHEETS: Record<Theme, StylesheetJson> = {
  light: buildStylesheet('light'),
  dark: buildStylesheet('dark'),
};

export const LARGE_STYLESHEETS: Record<Theme, StylesheetJson> = {
  light: buildStylesheet('light', true),
  dark: buildStylesheet('dark', true),
};
