import cytoscape, { type Core } from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import { toElements } from '../../src/graph-view/elements';
import { renderImage } from '../../src/graph-view/export-image';
import { providerLayout } from '../../src/layouts/provider-layout';
import { PAPER } from '../../src/encoding/theme';
import { LARGE_STYLESHEETS, STYLESHEETS } from '../../src/graph-view/stylesheet';
import { escapeXml, graphToSvg } from '../../src/graph-view/svg-export';
import { miniAtlas } from '../fixtures/mini-atlas';

const mini = miniAtlas().index.graph;
const HOSTILE = `<img src=x onerror=alert(1)> & "quoted" 'too'`;

/**
 * On screen the labeller chooses which labels to draw; a headless canvas has no screen, so here
 * every node carries its label, as the writer must handle any label the canvas draws.
 */
const EVERY_LABEL = { selector: 'node', style: { label: 'data(label)', 'font-size': 12 } };
const labelled = (sheet: unknown) => [...(sheet as object[]), EVERY_LABEL] as typeof STYLESHEETS.light;

function miniCy(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(mini, providerLayout(mini)),
    style: labelled(STYLESHEETS.light),
    layout: { name: 'preset' },
  });
}

/** Parses as XML (fast-xml-parser and the DOM both agree) and returns the document. */
function parse(svg: string): Document {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('svg');
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return doc;
}

const drawnNodes = (doc: Document) => [...doc.querySelectorAll('g.nodes > g.node')];
/** Each label's text, its wrapped lines joined by spaces. */
const labelTexts = (doc: Document) =>
  [...doc.querySelectorAll('g.labels > text')].map((t) => [...t.children].map((line) => line.textContent).join(' '));
/** Visible nodes that are not compound groups: the ones drawn as shapes. */
const leaves = (cy: Core) => cy.nodes(':visible').filter((n) => !n.isParent());

describe('graphToSvg', () => {
  it('draws one shape and one label per visible node, every visible edge, on the paper colour', () => {
    const cy = miniCy();
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.light }));

    const nodes = drawnNodes(doc);
    expect(nodes).toHaveLength(leaves(cy).length);
    for (const node of nodes) expect(['ellipse', 'polygon', 'rect']).toContain(node.firstElementChild?.localName);
    expect(labelTexts(doc).sort()).toEqual(
      leaves(cy)
        .map((n) => n.data('label') as string)
        .sort(),
    );

    expect(doc.querySelectorAll('g.edges > g.edge')).toHaveLength(cy.edges(':visible').length);
    expect(doc.querySelectorAll('g.edges line')).toHaveLength(cy.edges(':visible').length);
    const arrows = cy
      .edges()
      .filter((e) => e.style('source-arrow-shape') !== 'none' || e.style('target-arrow-shape') !== 'none');
    expect(arrows.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('g.edges polygon')).toHaveLength(arrows.length);

    const background = doc.querySelector('rect.background')!;
    expect(background.getAttribute('fill')).toBe(PAPER.light);
    // The viewBox is the graph's box, a little wider; width and height match it.
    const [x, y, w, h] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as number[];
    const box = cy.elements(':visible').boundingBox();
    expect(x).toBeLessThanOrEqual(box.x1);
    expect(y).toBeLessThanOrEqual(box.y1);
    expect(x! + w!).toBeGreaterThanOrEqual(box.x2);
    expect(y! + h!).toBeGreaterThanOrEqual(box.y2);
    expect(Number(doc.documentElement.getAttribute('width'))).toBeCloseTo(w!, 1);
    expect(Number(doc.documentElement.getAttribute('height'))).toBeCloseTo(h!, 1);
    expect(background.getAttribute('width')).toBe(String(w));
  });

  it('uses each node’s shape, colour and border, and each edge’s line style', () => {
    const cy = miniCy();
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.light }));
    const shapeOf = (id: string) => {
      const index = leaves(cy)
        .map((n) => n.id())
        .indexOf(id);
      return drawnNodes(doc)[index]!.firstElementChild!;
    };
    // Skills are ellipses, languages hexagons, libraries rounded rectangles, providers stars.
    expect(shapeOf('statistics').localName).toBe('ellipse');
    expect(shapeOf('python').localName).toBe('polygon');
    expect(shapeOf('python').getAttribute('points')!.split(' ')).toHaveLength(6);
    expect(shapeOf('aws').getAttribute('points')!.split(' ')).toHaveLength(10);
    expect(shapeOf('numpy').localName).toBe('rect');
    expect(Number(shapeOf('numpy').getAttribute('rx'))).toBeGreaterThan(0);
    expect(shapeOf('python').getAttribute('fill')).toBe(cy.$id('python').style('background-color'));
    // Providers' borders: AWS solid, Google Cloud dashed, Azure double (a second, paper stroke).
    expect(shapeOf('aws-lambda').getAttribute('stroke')).toBe(cy.$id('aws-lambda').style('border-color'));
    expect(shapeOf('aws-lambda').getAttribute('stroke-dasharray')).toBeNull();
    expect(shapeOf('gcp-run-functions').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(shapeOf('azure-functions').nextElementSibling?.getAttribute('stroke')).toBe(PAPER.light);

    // A recommended prerequisite is dashed, a "uses"-style dotted line too; a plain one is not.
    const lines = [...doc.querySelectorAll('g.edges line')];
    const edgeIds = cy.edges(':visible').map((e) => e.id());
    const lineOf = (id: string) => lines[edgeIds.indexOf(id)]!;
    expect(lineOf('requires:pandas->statistics').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(lineOf('requires:pandas->numpy').getAttribute('stroke-dasharray')).toBeNull();
    expect(lineOf('requires:pandas->numpy').getAttribute('stroke')).toBe(
      cy.$id('requires:pandas->numpy').style('line-color'),
    );
  });

  it('draws the halfway arrows of the large-graph style at the middle of highlighted edges', () => {
    const cy = miniCy();
    cy.style(labelled(LARGE_STYLESHEETS.light));
    const edge = cy.$id('requires:pandas->numpy');
    edge.addClass('highlighted');
    expect([edge.style('mid-source-arrow-shape'), edge.style('mid-target-arrow-shape')]).not.toEqual(['none', 'none']);
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.light }));
    const edgeIds = cy.edges(':visible').map((e) => e.id());
    const drawn = [...doc.querySelectorAll('g.edges > g.edge')];
    // Only highlighted edges carry an arrow in this style; this one's tip sits halfway along.
    expect(doc.querySelectorAll('g.edges polygon')).toHaveLength(1);
    const group = drawn[edgeIds.indexOf(edge.id())]!;
    const line = group.querySelector('line')!;
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
    const points = group
      .querySelector('polygon')!
      .getAttribute('points')!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    const middle = { x: (x1! + x2!) / 2, y: (y1! + y2!) / 2 };
    expect(points.some(([x, y]) => Math.hypot(x! - middle.x, y! - middle.y) < 0.5)).toBe(true);
  });

  it('escapes every label, so markup in the data stays text', () => {
    const cy = miniCy();
    cy.$id('python').data('label', HOSTILE);
    cy.$id('numpy').data('label', 'bell\u0007 and lone \uD800 surrogate');
    const svg = graphToSvg(cy, { full: true, background: PAPER.light });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('"quoted"');
    // Wrapped over lines, each piece escaped.
    for (const piece of ['&lt;img src=x', 'onerror=alert(1)&gt;', '&amp;', '&quot;quoted&quot;', '&apos;too&apos;'])
      expect(svg).toContain(piece);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    // Read back, the label is the same text.
    expect(labelTexts(doc)).toContain(HOSTILE);
    expect(labelTexts(doc)).toContain('bell and lone surrogate');
  });

  it('escapes & < > " and \' and drops what XML cannot hold', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('tab\tnew\nline\u0000\uFFFE')).toBe('tab\tnew\nline');
    expect(escapeXml('emoji 🙂 stays')).toBe('emoji 🙂 stays');
  });

  it('leaves out filtered-out and layout-muted nodes with their edges, and draws dimmed ones faintly', () => {
    const cy = miniCy();
    cy.$id('python').addClass('filtered-out');
    cy.$id('kubernetes').addClass('layout-muted');
    cy.$id('pandas').addClass('dimmed');
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.light }));

    expect(drawnNodes(doc)).toHaveLength(leaves(cy).length);
    expect(drawnNodes(doc)).toHaveLength(cy.nodes().filter((n) => !n.isParent()).length - 2);
    expect(labelTexts(doc)).not.toContain('Python');
    expect(labelTexts(doc)).not.toContain('Kubernetes');
    const visibleEdges = cy.edges(':visible');
    expect(visibleEdges.length).toBeLessThan(cy.edges().length);
    expect(doc.querySelectorAll('g.edges > g.edge')).toHaveLength(visibleEdges.length);

    const index = leaves(cy)
      .map((n) => n.id())
      .indexOf('pandas');
    expect(Number(drawnNodes(doc)[index]!.getAttribute('opacity'))).toBeCloseTo(0.12, 2);
    const pandasLabel = [...doc.querySelectorAll('g.labels > text')].find((t) => t.textContent === 'pandas')!;
    expect(Number(pandasLabel.getAttribute('opacity'))).toBeLessThan(0.1);
    const numpyLabel = [...doc.querySelectorAll('g.labels > text')].find((t) => t.textContent === 'NumPy')!;
    expect(numpyLabel.getAttribute('opacity')).toBeNull();
  });

  it('draws a provider group only when it is shown: a rounded box around its services, labelled', () => {
    const cy = miniCy();
    const hidden = parse(graphToSvg(cy, { full: true, background: PAPER.light }));
    expect(hidden.querySelectorAll('g.groups > rect')).toHaveLength(0);

    cy.$id('group-aws').addClass('shown');
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.light }));
    const groups = doc.querySelectorAll('g.groups > rect');
    expect(groups).toHaveLength(1);
    const rect = groups[0]!;
    expect(Number(rect.getAttribute('rx'))).toBeGreaterThan(0);
    const [x, y] = [Number(rect.getAttribute('x')), Number(rect.getAttribute('y'))];
    const [w, h] = [Number(rect.getAttribute('width')), Number(rect.getAttribute('height'))];
    for (const child of cy.$id('group-aws').children()) {
      const p = child.position();
      expect(p.x).toBeGreaterThan(x);
      expect(p.x).toBeLessThan(x + w);
      expect(p.y).toBeGreaterThan(y);
      expect(p.y).toBeLessThan(y + h);
    }
    // The group's label joins the node labels ("AWS" is also the provider node's label).
    expect(labelTexts(doc).filter((t) => t === 'AWS')).toHaveLength(2);
    expect(drawnNodes(doc)).toHaveLength(leaves(cy).length);
  });

  it('frames the viewport for the visible part, at its on-screen size, and leaves out what is off screen', () => {
    const cy = miniCy();
    const p = cy.$id('python').position();
    const extent = { x1: p.x - 40, y1: p.y - 30, x2: p.x + 40, y2: p.y + 30, w: 80, h: 60 };
    vi.spyOn(cy, 'extent').mockReturnValue(extent);
    vi.spyOn(cy, 'width').mockReturnValue(160);
    vi.spyOn(cy, 'height').mockReturnValue(120);
    const doc = parse(graphToSvg(cy, { full: false, background: PAPER.dark }));
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe(`${p.x - 40} ${p.y - 30} 80 60`);
    expect(root.getAttribute('width')).toBe('160');
    expect(root.getAttribute('height')).toBe('120');
    expect(doc.querySelector('rect.background')!.getAttribute('fill')).toBe(PAPER.dark);
    expect(labelTexts(doc)).toContain('Python');
    expect(drawnNodes(doc).length).toBeLessThan(leaves(cy).length);
  });

  it('writes a valid, empty picture for an empty graph', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEETS.dark });
    const doc = parse(graphToSvg(cy, { full: true, background: PAPER.dark }));
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 1 1');
    expect(drawnNodes(doc)).toHaveLength(0);
  });
});

describe('the SVG image export', () => {
  it('is the written SVG, as an SVG blob on the theme’s paper', async () => {
    const cy = miniCy();
    const blob = await renderImage(cy, 'svg', 'dark');
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await blob.text();
    expect(text.startsWith('<svg ')).toBe(true);
    expect(text).toBe(graphToSvg(cy, { full: true, background: PAPER.dark }));
    expect(parse(text).querySelector('rect.background')!.getAttribute('fill')).toBe(PAPER.dark);
  });
});
