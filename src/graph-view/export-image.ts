/**
 * Pictures of the canvas: PNG of the whole graph or of the part on screen, and SVG of the whole
 * graph. Drawn by Cytoscape itself (and the cytoscape-svg extension, loaded on first use so the
 * first page load does not carry it), on the theme's paper colour.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useCy } from './cy-context';
import { PAPER, type Theme } from './stylesheet';

export type ImageKind = 'png-whole' | 'png-visible' | 'svg';

/** Pixels per side at most: browsers refuse (or crawl through) larger canvases. */
const MAX_SIDE = 8000;
/** Twice the on-screen size, so text stays sharp when the picture is zoomed or printed. */
const SHARPNESS = 2;

let svgExtension: Promise<void> | undefined;
const loadSvgExtension = () =>
  (svgExtension ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  }));

type WithSvg = Core & { svg: (options: { full?: boolean; scale?: number; bg?: string }) => string };

type Renderer = { drawRoundPolygonPath: (context: { beginPath?: () => void }, ...rest: unknown[]) => void };

/**
 * Cytoscape draws round polygons (services, capabilities, tools) without starting a new path: on
 * a canvas it draws them into a fresh Path2D, but cytoscape-svg draws straight onto its SVG
 * context, where the shape would be lost and its colours land on the previous label or edge. For
 * the export only, each round polygon starts its own path (which also keeps canvas2svg from
 * logging "Attempted to apply path command" for every label).
 */
function withFreshRoundPaths<T>(cy: Core, draw: () => T): T {
  const renderer = (cy as unknown as { renderer: () => Renderer }).renderer();
  const own = Object.hasOwn(renderer, 'drawRoundPolygonPath');
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    return original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete (renderer as Partial<Renderer>).drawRoundPolygonPath;
  }
}

/** A viewBox from the root's width and height, so the picture scales (in a page, a slide…). */
export function withViewBox(svg: string): string {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root || /\sviewBox=/.test(root)) return svg;
  const width = /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (!width || !height) return svg;
  return svg.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
}

export async function renderImage(cy: Core, kind: ImageKind, theme: Theme): Promise<Blob> {
  const bg = PAPER[theme];
  if (kind === 'svg') {
    await loadSvgExtension();
    const text = withFreshRoundPaths(cy, () => (cy as WithSvg).svg({ full: true, scale: 1, bg }));
    return new Blob([withViewBox(text)], { type: 'image/svg+xml;charset=utf-8' });
  }
  const full = kind === 'png-whole';
  // Cytoscape multiplies the scale by the screen's pixel ratio; divide it out so the size is ours.
  const ratio = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  const box = full ? cy.elements().boundingBox() : { w: cy.width(), h: cy.height() };
  const pixels = Math.min(SHARPNESS, MAX_SIDE / Math.max(box.w, 1), MAX_SIDE / Math.max(box.h, 1));
  return cy.png({ output: 'blob', full, scale: pixels / ratio, bg });
}

/** The exporter for the canvas on screen, or null while there is none. */
export function useImageExport(): ((kind: ImageKind, theme: Theme) => Promise<Blob>) | null {
  const cy = useCy();
  return cy ? (kind, theme) => renderImage(cy, kind, theme) : null;
}
