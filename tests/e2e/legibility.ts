/**
 * How readable the canvas is, measured as a person would judge it: which labels are drawn at a
 * readable size (≥ 10 px on screen), how many pairs of them overlap, and whether given items are
 * in view and labelled. Read inside the page from Cytoscape's own rendered label boxes.
 */
import type { Page } from 'playwright-core';

export const READABLE_PX = 10;

export interface Legibility {
  /** Ids (or annotation texts) of labels drawn at ≥ 10 px, inside the canvas. */
  readable: string[];
  /** Pairs of readable labels whose boxes overlap. */
  overlaps: [string, string][];
  /** Per asked-for id: in view, and labelled readably. */
  items: Record<string, { inView: boolean; labelled: boolean }>;
  zoom: number;
}

export function legibility(page: Page, ids: readonly string[] = []): Promise<Legibility> {
  return page.evaluate(
    ({ ids, min }) => {
      type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
      type Node = {
        id: () => string;
        visible: () => boolean;
        pstyle: (p: string) => { pfValue?: number; strValue?: string; value?: unknown };
        effectiveOpacity: () => number;
        renderedBoundingBox: (o: object) => Box;
        renderedPosition: () => { x: number; y: number };
        data: (k: string) => unknown;
      };
      const cy = (
        window as unknown as {
          __stackAtlasCy: { nodes: () => Node[]; zoom: () => number; width: () => number; height: () => number };
        }
      ).__stackAtlasCy;
      const zoom = cy.zoom();
      const w = cy.width();
      const h = cy.height();
      const drawn = new Map<string, Box>();
      for (const node of [...cy.nodes()]) {
        if (!node.visible() || node.effectiveOpacity() === 0) continue;
        const text = node.pstyle('label').strValue ?? '';
        if (!text) continue;
        if ((node.pstyle('font-size').pfValue ?? 0) * zoom < min - 0.01) continue;
        if ((node.pstyle('text-opacity').value as number) === 0) continue;
        const box = node.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
        // Named helpers are avoided here: tsx would wrap them in a helper the page does not have.
        if (box.w <= 0 || box.x2 <= 0 || box.y2 <= 0 || box.x1 >= w || box.y1 >= h) continue;
        drawn.set(node.id(), box);
      }
      const list = [...drawn];
      const overlaps: [string, string][] = [];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const [a, p] = list[i]!;
          const [b, q] = list[j]!;
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps.push([a, b]);
        }
      const items: Record<string, { inView: boolean; labelled: boolean }> = {};
      const byId = new Map([...cy.nodes()].map((n) => [n.id(), n]));
      for (const id of ids) {
        const node = byId.get(id);
        const at = node?.renderedPosition();
        items[id] = {
          inView: !!at && at.x >= 0 && at.y >= 0 && at.x <= w && at.y <= h,
          labelled: drawn.has(id),
        };
      }
      return { readable: list.map(([id]) => id), overlaps, items, zoom };
    },
    { ids: [...ids], min: READABLE_PX },
  );
}

/**
 * Waits until the canvas is still: no animation running, the same viewport and the same labels
 * over two looks a few frames apart (labels are chosen once the view settles).
 */
export async function waitForStillCanvas(page: Page) {
  await page.waitForFunction(
    () => {
      type Cy = { zoom: () => number; pan: () => { x: number; y: number }; nodes: (s: string) => { length: number } };
      const w = window as unknown as { __stackAtlasCy: Cy; __lastLook?: string; __stillSince?: number };
      const cy = w.__stackAtlasCy;
      const look = `${cy.zoom()}|${cy.pan().x}|${cy.pan().y}|${cy.nodes('.lbl').length}|${cy.nodes(':animated').length}`;
      const now = performance.now();
      if (w.__lastLook !== look) {
        w.__lastLook = look;
        w.__stillSince = now;
        return false;
      }
      return cy.nodes(':animated').length === 0 && now - (w.__stillSince ?? now) > 400;
    },
    undefined,
    { polling: 100, timeout: 20_000 },
  );
}

/** The ids of the nodes a trace, focus or path lights up. */
export const litIds = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __stackAtlasCy: { nodes: (s: string) => { id: () => string }[] } })
      .__stackAtlasCy;
    return [...cy.nodes('.highlighted')].map((n) => n.id());
  });

export const viewportOf = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __stackAtlasCy: { zoom: () => number; pan: () => { x: number; y: number } } })
      .__stackAtlasCy;
    return { zoom: cy.zoom(), ...cy.pan() };
  });
