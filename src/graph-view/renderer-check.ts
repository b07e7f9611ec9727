/**
 * Cytoscape's WebGL renderer, chosen only by a frame-rate check. With a GPU it can draw tens of
 * thousands of elements per frame; with software GL (SwiftShader, llvmpipe: no GPU, or a blocked
 * driver) it is slower than the ordinary canvas, so it is never the default: the large-graph mode
 * draws a sample of the graph off-screen with each renderer for a few frames and keeps WebGL only
 * when its frames are clearly cheaper.
 *
 * `chooseRenderer` (the decision) and `sampleElements` are pure; `measureRenderers` runs in the
 * browser.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { isAbort, loseContext, webglLayer } from './webgl-switch';

export type RendererName = 'canvas' | 'webgl';

/** One renderer's timings on the sample, in milliseconds. */
export interface RendererTiming {
  /** Creating the instance until its first frame is drawn (styles, textures, the first draw). */
  firstFrame: number;
  /** Full redraws after the first: the work of each frame, from its start until drawn. */
  frames: number[];
}

export interface RendererSamples {
  canvas: RendererTiming;
  /** 'unavailable': the browser gives no WebGL 2 context (no GPU and no software fallback, or disabled). */
  webgl: RendererTiming | 'unavailable';
}

export type Verdict = 'unavailable' | 'faster' | 'slower' | 'inconclusive';

export interface RendererDecision {
  renderer: RendererName;
  verdict: Verdict;
  /** Median frame of each renderer (ms), when measured. */
  canvasMs: number | null;
  webglMs: number | null;
}

/** WebGL must draw a frame in at most this share of the canvas's time: clearly faster, not noise. */
export const FASTER_RATIO = 0.75;
/** A first WebGL frame over this many times the canvas's rules it out at once (no frames timed). */
export const FIRST_FRAME_LIMIT = 5;
/** On the small first sample, WebGL frames over this many times the canvas's end the check there. */
export const HOPELESS_RATIO = 1.5;
/** Fewer frames than this per renderer decide nothing. */
export const MIN_FRAMES = 3;
/** Nodes in the first, cheap sample, and in the confirming one (only when WebGL did well on the first). */
export const FIRST_SAMPLE_NODES = 300;
export const CONFIRM_SAMPLE_NODES = 1500;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * WebGL only when it was measured and clearly faster: its median frame at most FASTER_RATIO of the
 * canvas's. Anything else — unavailable, a first frame so slow that no frames were timed, slower,
 * too few frames — keeps the canvas.
 */
export function chooseRenderer(samples: RendererSamples): RendererDecision {
  const { canvas, webgl } = samples;
  const canvasMs = canvas.frames.length ? median(canvas.frames) : null;
  if (webgl === 'unavailable') return { renderer: 'canvas', verdict: 'unavailable', canvasMs, webglMs: null };
  const webglMs = webgl.frames.length ? median(webgl.frames) : null;
  const keep = (verdict: Verdict): RendererDecision => ({ renderer: 'canvas', verdict, canvasMs, webglMs });
  if (webgl.firstFrame > FIRST_FRAME_LIMIT * canvas.firstFrame) return keep('slower');
  if (canvas.frames.length < MIN_FRAMES || webgl.frames.length < MIN_FRAMES) return keep('inconclusive');
  if (webglMs! <= FASTER_RATIO * canvasMs!) return { renderer: 'webgl', verdict: 'faster', canvasMs, webglMs };
  return keep('slower');
}

/**
 * Whether the small first sample leaves WebGL a chance, so that the larger sample is worth drawing:
 * not when it is unavailable, ruled out by its first frame, or more than HOPELESS_RATIO slower a
 * frame (software GL here: 3–5× slower). WebGL's lead grows with the number of elements, so a
 * result short of "faster" on the small sample is not final.
 */
export function worthConfirming(samples: RendererSamples): boolean {
  const decision = chooseRenderer(samples);
  if (decision.verdict === 'unavailable' || decision.verdict === 'faster') return decision.verdict === 'faster';
  if (decision.webglMs === null || decision.canvasMs === null) return false;
  return decision.webglMs <= HOPELESS_RATIO * decision.canvasMs;
}

/**
 * A sample of the graph to time the renderers on: the first `maxNodes` item nodes (compound
 * parents and the parent links left out) and the edges between them, with their classes and
 * positions, so it is styled and spread like the graph itself.
 */
export function sampleElements(elements: readonly ElementDefinition[], maxNodes: number): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const ele of elements) {
    if (nodes.length >= maxNodes) break;
    if (ele.group !== 'nodes' || (ele.classes ?? '').toString().includes('provider-group')) continue;
    const data = { ...ele.data };
    delete data.parent;
    nodes.push({ ...ele, data });
    ids.add(String(data.id));
  }
  const edges = elements.filter(
    (ele) => ele.group === 'edges' && ids.has(String(ele.data.source)) && ids.has(String(ele.data.target)),
  );
  return [...nodes, ...edges];
}

/** Whether the browser gives a WebGL 2 context, which Cytoscape's WebGL mode needs. */
export function webglAvailable(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export interface MeasureOptions {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Size of the sample's drawing: the canvas's own, so each frame covers as many pixels. */
  width: number;
  height: number;
  /** Redraws timed per renderer, after the first frame. */
  frames?: number;
  signal?: AbortSignal;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Thrown (as a DOMException 'AbortError') when the signal stops the check. */
const aborted = () => new DOMException('The renderer check was stopped', 'AbortError');

/**
 * Draws the sample with the canvas renderer, then with WebGL, each in its own off-screen
 * container, and times the first frame and `frames` full redraws of each. A redraw is requested by
 * panning one pixel; its cost is taken from the start of the animation frame in which Cytoscape
 * draws it until a one-pixel read of the drawing returns, which waits until the browser (or the
 * GPU) has really drawn it. WebGL stops early once its first frame alone rules it out.
 */
export async function measureRenderers(options: MeasureOptions): Promise<RendererSamples> {
  const canvas = await timeRenderer(options, false);
  if (!webglAvailable()) return { canvas, webgl: 'unavailable' };
  try {
    return { canvas, webgl: await timeRenderer(options, true, FIRST_FRAME_LIMIT * canvas.firstFrame) };
  } catch (error) {
    // A context that could be created but not used (a blocked driver, a lost context) is no option either.
    if (isAbort(error)) throw error;
    return { canvas, webgl: 'unavailable' };
  }
}

async function timeRenderer(options: MeasureOptions, webgl: boolean, firstFrameLimit = Infinity) {
  const { elements, style, width, height, frames = 6, signal } = options;
  if (signal?.aborted) throw aborted();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${Math.max(200, Math.round(width))}px`,
    height: `${Math.max(150, Math.round(height))}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(container);
  let cy: Core | null = null;
  try {
    const start = performance.now();
    cy = cytoscape({
      container,
      elements: elements.map((e) => ({ ...e, data: { ...e.data } })),
      style,
      layout: { name: 'preset', fit: true, padding: 30 },
      // Cytoscape merges top-level renderer options into `renderer: { name: 'canvas' }`.
      webgl,
      autoungrabify: true,
      userPanningEnabled: false,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
    });
    const read = pixelReader(container, webgl);
    // Cytoscape's render loop was registered before ours, so within a frame it draws first.
    await nextFrame();
    read();
    const firstFrame = performance.now() - start;
    const timing: RendererTiming = { firstFrame, frames: [] };
    if (firstFrame > firstFrameLimit) return timing;
    for (let i = 0; i < frames; i++) {
      if (signal?.aborted) throw aborted();
      cy.panBy({ x: i % 2 ? -1 : 1, y: 0 });
      const frameStart = await nextFrame();
      read();
      timing.frames.push(performance.now() - frameStart);
    }
    return timing;
  } finally {
    const layer = webglLayer(container);
    cy?.destroy();
    loseContext(layer);
    container.remove();
  }
}

/** A one-pixel read of the drawing layer: returns only once what was drawn before it is done. */
function pixelReader(container: HTMLElement, webgl: boolean): () => void {
  if (webgl) {
    const gl = webglLayer(container)?.getContext('webgl2') ?? null;
    const pixel = new Uint8Array(4);
    return () => gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
  const layer = container.querySelector('canvas[data-id$="-node"]') as HTMLCanvasElement | null;
  const context = layer?.getContext('2d') ?? null;
  return () => context?.getImageData(0, 0, 1, 1);
}

export interface RendererCheck {
  decision: RendererDecision;
  /** The timings the decision was made on, and the size of that sample. */
  samples: RendererSamples;
  sampleNodes: number;
}

/**
 * The whole check: a small sample first, which is enough to rule WebGL out where it is
 * unavailable or far slower (software GL); only where it did well, a larger sample decides.
 */
export async function runRendererCheck(options: MeasureOptions): Promise<RendererCheck> {
  const small = sampleElements(options.elements, FIRST_SAMPLE_NODES);
  const first = await measureRenderers({ ...options, elements: small });
  const nodesOf = (eles: ElementDefinition[]) => eles.filter((e) => e.group === 'nodes').length;
  if (!worthConfirming(first)) return { decision: chooseRenderer(first), samples: first, sampleNodes: nodesOf(small) };
  const large = sampleElements(options.elements, CONFIRM_SAMPLE_NODES);
  const confirm = await measureRenderers({ ...options, elements: large });
  return { decision: chooseRenderer(confirm), samples: confirm, sampleNodes: nodesOf(large) };
}
