/**
 * Pictures of the canvas: PNG of the whole graph or of the part on screen, drawn by Cytoscape
 * itself, and SVG of the whole graph, written by src/svg-export; all on the theme's paper colour.
 */
import type { Core } from 'cytoscape';
import type { ImageKind } from '../components/image-export';
import { PAPER, type Theme } from '../encoding/theme';

/** Pixels per side at most: browsers refuse (or crawl through) larger canvases. */
const MAX_SIDE = 8000;
/** Twice the on-screen size, so text stays sharp when the picture is zoomed or printed. */
const SHARPNESS = 2;

export async function renderImage(cy: Core, kind: ImageKind, theme: Theme): Promise<Blob> {
  const bg = PAPER[theme];
  if (kind === 'svg') {
    // The SVG writer loads on first use: most visits never export.
    const { graphToSvg } = await import('../svg-export/svg-document');
    const text = graphToSvg(cy, { full: true, background: bg });
    return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  }
  const full = kind === 'png-whole';
  // Cytoscape multiplies the scale by the screen's pixel ratio; divide it out so the size is ours.
  const ratio = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  const box = full ? cy.elements().boundingBox() : { w: cy.width(), h: cy.height() };
  const pixels = Math.min(SHARPNESS, MAX_SIDE / Math.max(box.w, 1), MAX_SIDE / Math.max(box.h, 1));
  return cy.png({ output: 'blob', full, scale: pixels / ratio, bg });
}
