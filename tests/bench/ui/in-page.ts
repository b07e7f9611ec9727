/**
 * The measuring code the bench injects into both pages (app and bare Cytoscape) with
 * `addInitScript`, before any of the page's own scripts run. It is plain JavaScript in a string,
 * not a TypeScript function, so no transpiler helper (tsx adds `__name(...)` calls) can leak into
 * the page.
 *
 * How it sees Cytoscape: it turns `window.__stackAtlasCy` (set by the app) and `window.cy` (set by
 * the bare page) into accessors, so it hooks the instance's `render` event the moment the page
 * publishes it, which is always before Cytoscape's first frame (frames are drawn in its
 * requestAnimationFrame loop; the handle is set synchronously after the instance is built).
 * Cytoscape emits `render` at the end of each frame it draws, so "first frame with every node"
 * is the first `render` with all expected nodes present, timed with performance.now() (relative
 * to navigation start). The same code, and so the same overhead, runs in both pages.
 *
 * The bench drives it through `window.__bench`, with string expressions (see
 * bench.ts). Besides the load and the click it can: count a new first frame for another number of
 * nodes (`expect`, after a graph file is opened); record requestAnimationFrame deltas during an
 * interaction (`recordFrames` / `stopFrames`); find a background point to drag from
 * (`background`); time a layout switch until positions settle (`watchLayout` / `layoutResult`)
 * and a trace until its classes are drawn (`armTrace` / `traceResult`); report the longest long
 * task in a window (`longest`); copy what the canvas draws for the bare page (`snapshot`). It also
 * wraps `window.Worker`, so the layout worker's start, progress messages and result are timed.
 */
export function measuringScript(expectedNodes: number): string {
  return `(${SOURCE})(${JSON.stringify(expectedNodes)});`;
}

const SOURCE = String.raw`function (expected) {
  const bench = {
    expected: expected,
    cy: null,
    cyAt: null,
    firstFrame: null,
    firstFrameStart: null,
    /** The app's large-graph overview on screen (its 'stack-atlas-drawing' event), before every element is in. */
    usefulFrame: null,
    lastRender: 0,
    renders: 0,
    longTasks: [],
    click: null,
    waiters: [],
    /** When each of the recent frames began running its requestAnimationFrame callbacks. */
    frameStarts: [],
    frameRec: null,
    renderHooks: [],
    fileChosenAt: null,
    workers: [],
    buttonClicks: [],
  };
  try {
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    // longtask entries are optional detail
  }

  // When each frame's requestAnimationFrame callbacks began to run (not the frame's vsync
  // timestamp, which precedes any main-thread work that delayed the frame). Cytoscape draws in
  // such a callback, so a 'render' event's frame started at frameRunStart.
  const nativeRaf = window.requestAnimationFrame.bind(window);
  let frameStamp = null;
  let frameRunStart = null;
  /** Whether a requestAnimationFrame callback is running (a render outside one has no frame start). */
  let inRaf = 0;
  window.requestAnimationFrame = function (callback) {
    return nativeRaf(function (stamp) {
      if (stamp !== frameStamp) {
        frameStamp = stamp;
        frameRunStart = performance.now();
        bench.frameStarts.push(frameRunStart);
        if (bench.frameStarts.length > 2000) bench.frameStarts.splice(0, 1000);
      }
      inRaf++;
      try {
        return callback(stamp);
      } finally {
        inRaf--;
      }
    });
  };
  function frameStart(now) {
    return frameRunStart !== null && frameRunStart <= now ? frameRunStart : now;
  }

  function onRender() {
    const now = performance.now();
    const start = frameStart(now);
    bench.renders++;
    bench.lastRender = now;
    if (bench.firstFrame === null && bench.cy.nodes().length >= bench.expected) {
      bench.firstFrame = now;
      bench.firstFrameStart = start;
      for (const w of bench.waiters.splice(0)) w();
    }
    if (bench.click) bench.click.onRender(now, start);
    if (bench.frameRec && inRaf > 0) bench.frameRec.draws.push(now - start);
    for (const h of bench.renderHooks) h(now, start);
  }

  // The app's large-graph drawing (graph-view/overview-layer.tsx): 'overview' when the overview image
  // is on screen (the first useful frame), 'complete' when every element is in and the view on screen
  // is final (the overview image, or Cytoscape's drawing once few enough nodes are in view). Cytoscape
  // may draw nothing then, so 'complete' counts as the first frame with every node.
  window.addEventListener('stack-atlas-drawing', function (e) {
    const d = e.detail || {};
    if (d.stage === 'overview' && bench.usefulFrame === null) bench.usefulFrame = d.at;
    if (d.stage === 'complete' && bench.firstFrame === null && bench.cy && bench.cy.nodes().length >= bench.expected) {
      bench.firstFrame = d.at;
      bench.firstFrameStart = frameStart(d.at);
      for (const w of bench.waiters.splice(0)) w();
    }
  });

  function hook(cy) {
    if (!cy || cy === bench.cy || typeof cy.on !== 'function') return;
    bench.cy = cy;
    bench.cyAt = performance.now();
    cy.on('render', onRender);
  }

  for (const key of ['__stackAtlasCy', 'cy']) {
    let value;
    Object.defineProperty(window, key, {
      configurable: true,
      enumerable: true,
      get: function () { return value; },
      set: function (v) { value = v; hook(v); },
    });
  }

  function delay(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  // A graph file chosen in a file input: the start of an import.
  window.addEventListener('change', function (e) {
    const t = e.target;
    if (t && t.tagName === 'INPUT' && t.type === 'file') bench.fileChosenAt = e.timeStamp;
  }, true);
  // Clicks on buttons (e.g. a confirmation), so the time a dialog waited for the person is known.
  window.addEventListener('click', function (e) {
    const b = e.target && e.target.closest ? e.target.closest('button') : null;
    if (b) bench.buttonClicks.push({ at: e.timeStamp, text: (b.textContent || '').trim().slice(0, 60) });
  }, true);

  // Every Web Worker the page starts, with the arrival of its messages on the main thread (the
  // layout worker posts { type: 'progress', done, total } after each layout and { type: 'done' }).
  const NativeWorker = window.Worker;
  if (typeof NativeWorker === 'function') {
    const Wrapped = function (url, options) {
      const worker = new NativeWorker(url, options);
      const rec = { url: String(url), createdAt: performance.now(), messages: [], doneAt: null, endedAt: null, error: null };
      bench.workers.push(rec);
      worker.addEventListener('message', function (e) {
        const d = e.data;
        const type = d && typeof d === 'object' && typeof d.type === 'string' ? d.type : typeof d;
        const at = performance.now();
        rec.messages.push({ at: at, type: type, done: d && typeof d.done === 'number' ? d.done : null, total: d && typeof d.total === 'number' ? d.total : null });
        if (type === 'done' && rec.doneAt === null) rec.doneAt = at;
      });
      worker.addEventListener('error', function (e) { rec.error = String(e.message || 'error'); rec.endedAt = performance.now(); });
      const terminate = worker.terminate;
      worker.terminate = function () {
        if (rec.endedAt === null) rec.endedAt = performance.now();
        return terminate.call(worker);
      };
      return worker;
    };
    Wrapped.prototype = NativeWorker.prototype;
    window.Worker = Wrapped;
  }

  /** Starts counting a new "first frame with every node", for expectedNodes nodes or more. */
  bench.expect = function (expectedNodes) {
    bench.expected = expectedNodes;
    bench.firstFrame = null;
    bench.firstFrameStart = null;
    bench.usefulFrame = null;
    bench.renders = 0;
    bench.fileChosenAt = null;
    return true;
  };

  /**
   * The longest long task (> 50 ms) overlapping [from, to], and how many there were. With
   * endedBefore, only tasks that ended in the window: the task running at 'to' (e.g. the one
   * handling a worker's result) belongs to what comes after.
   */
  bench.longest = function (from, to, endedBefore) {
    let max = 0;
    let count = 0;
    let total = 0;
    for (const t of bench.longTasks) {
      const end = t.start + t.duration;
      if (endedBefore ? end > from && end <= to : t.start < to && end > from) {
        count++;
        total += t.duration;
        if (t.duration > max) max = t.duration;
      }
    }
    return { max: max, count: count, total: total };
  };

  /** The later of 'base' and the end of the last long task overlapping [from, to]. */
  bench.busyUntil = function (from, to, base) {
    let end = base;
    for (const t of bench.longTasks) if (t.start < to && t.start + t.duration > from) end = Math.max(end, t.start + t.duration);
    return end;
  };

  /** Workers started at or after 'from', times relative to it. */
  bench.workersSince = function (from) {
    return bench.workers.filter(function (w) { return w.createdAt >= from; }).map(function (w) {
      return {
        url: w.url,
        created: w.createdAt - from,
        createdAt: w.createdAt,
        done: w.doneAt === null ? null : w.doneAt - from,
        doneAt: w.doneAt,
        ended: w.endedAt === null ? null : w.endedAt - from,
        error: w.error,
        messages: w.messages.map(function (m) { return { at: m.at - w.createdAt, type: m.type, done: m.done, total: m.total }; }),
      };
    });
  };

  /** Records requestAnimationFrame timestamps (and Cytoscape's drawing per frame) until stopFrames. */
  bench.recordFrames = function () {
    const rec = { stamps: [], draws: [], running: true, startedAt: performance.now() };
    bench.frameRec = rec;
    function tick(stamp) {
      if (!rec.running) return;
      rec.stamps.push(stamp);
      nativeRaf(tick);
    }
    nativeRaf(tick);
    return true;
  };

  bench.stopFrames = function () {
    const rec = bench.frameRec;
    bench.frameRec = null;
    rec.running = false;
    const deltas = [];
    for (let i = 1; i < rec.stamps.length; i++) deltas.push(rec.stamps[i] - rec.stamps[i - 1]);
    const lt = bench.longest(rec.startedAt, performance.now());
    return { deltas: deltas, draws: rec.draws, duration: performance.now() - rec.startedAt, longest: lt.max };
  };

  bench.viewport = function () {
    const cy = bench.cy;
    return { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() };
  };

  bench.fit = function () {
    bench.cy.fit(undefined, 30);
    return true;
  };

  /** Zooms to 'level' with the node in the middle: for a click when nodes are too small to hit. */
  bench.zoomTo = function (id, level) {
    const cy = bench.cy;
    const node = cy.getElementById(id);
    cy.zoom(level);
    if (node.nonempty()) cy.center(node);
    return true;
  };

  /**
   * A point on the canvas (client coordinates) with no node within 'margin' px and nothing on
   * top of the canvas, nearest to the given fractions of its width and height: pressing there
   * pans (an edge under it pans too: edges are pannable).
   */
  bench.background = function (fx, fy, margin) {
    const cy = bench.cy;
    const container = cy.container();
    const rect = container.getBoundingClientRect();
    const size = 4;
    const cols = Math.ceil(rect.width / size);
    const rows = Math.ceil(rect.height / size);
    const occupied = new Uint8Array(cols * rows);
    cy.nodes().forEach(function (n) {
      if (!n.visible()) return;
      if (n.isParent() && n.style('events') === 'no') return;
      const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const c1 = Math.max(0, Math.floor((bb.x1 - margin) / size));
      const c2 = Math.min(cols - 1, Math.floor((bb.x2 + margin) / size));
      const r1 = Math.max(0, Math.floor((bb.y1 - margin) / size));
      const r2 = Math.min(rows - 1, Math.floor((bb.y2 + margin) / size));
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) occupied[r * cols + c] = 1;
    });
    const tx = fx * rect.width;
    const ty = fy * rect.height;
    const candidates = [];
    for (let r = 10; r < rows - 10; r++)
      for (let c = 10; c < cols - 10; c++)
        if (!occupied[r * cols + c]) candidates.push({ c: c, r: r, d: Math.hypot(c * size - tx, r * size - ty) });
    candidates.sort(function (a, b) { return a.d - b.d; });
    for (const cand of candidates) {
      const x = rect.left + cand.c * size + size / 2;
      const y = rect.top + cand.r * size + size / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.tagName === 'CANVAS' && container.contains(hit)) return { x: x, y: y };
    }
    return null;
  };

  /** Positions of a fixed sample of nodes, with the viewport, folded into one number. */
  function fingerprintOf(sample) {
    const cy = bench.cy;
    let s = 0;
    for (let i = 0; i < sample.length; i++) {
      const p = sample[i].position();
      s += p.x * (1 + (i % 7)) + p.y * 1.37 * (1 + (i % 11));
    }
    const pan = cy.pan();
    return s + cy.zoom() * 1e4 + pan.x * 3.1 + pan.y * 5.3;
  }

  function sampleNodes(n) {
    const nodes = bench.cy.nodes(':childless');
    const step = Math.max(1, Math.floor(nodes.length / n));
    const sample = [];
    for (let i = 0; i < nodes.length; i += step) sample.push(nodes[i]);
    return sample;
  }

  /**
   * Watches a layout switch: the change event of a <select> starts it; each frame's node positions
   * (and viewport) are compared with the previous frame's; the layout has settled at the frame
   * after which nothing moves any more.
   */
  bench.watchLayout = function () {
    const sample = sampleNodes(300);
    const w = { changeAt: null, firstMove: null, lastMove: null, renders: 0, lastRender: null, fp: fingerprintOf(sample) };
    const onChange = function (e) {
      if (w.changeAt === null && e.target && e.target.tagName === 'SELECT') w.changeAt = e.timeStamp;
    };
    window.addEventListener('change', onChange, true);
    w.hook = function (now) {
      if (w.changeAt === null) return;
      w.renders++;
      w.lastRender = now;
      const fp = fingerprintOf(sample);
      if (fp !== w.fp) {
        if (w.firstMove === null) w.firstMove = now;
        w.lastMove = now;
        w.fp = fp;
      }
    };
    w.stop = function () {
      window.removeEventListener('change', onChange, true);
      bench.renderHooks.splice(bench.renderHooks.indexOf(w.hook), 1);
    };
    bench.renderHooks.push(w.hook);
    bench.layoutWatch = w;
    return true;
  };

  function workerRunning(from) {
    return bench.workers.some(function (wk) { return wk.createdAt >= from && wk.doneAt === null && wk.endedAt === null; });
  }

  bench.layoutResult = async function (quietMs, capMs) {
    const w = bench.layoutWatch;
    const start = performance.now();
    while (performance.now() - start < capMs) {
      const now = performance.now();
      if (w.changeAt !== null && !workerRunning(w.changeAt)) {
        const last = Math.max(w.lastRender === null ? w.changeAt : w.lastRender, w.changeAt);
        if (w.lastMove !== null && now - last >= quietMs) break;
        if (w.lastMove === null && now - w.changeAt >= 5000) break;
      }
      await delay(20);
    }
    w.stop();
    bench.layoutWatch = null;
    if (w.changeAt === null) throw new Error('no change event from a <select>: the layout was not switched');
    const end = w.lastMove === null ? performance.now() : w.lastMove;
    return {
      firstMove: w.firstMove === null ? null : w.firstMove - w.changeAt,
      settled: w.lastMove === null ? null : w.lastMove - w.changeAt,
      free: bench.busyUntil(w.changeAt, end + quietMs, end) - w.changeAt,
      renders: w.renders,
      longest: bench.longest(w.changeAt, end).max,
      workers: bench.workersSince(w.changeAt),
      timedOut: performance.now() - start >= capMs,
    };
  };

  /**
   * Watches a trace: a click on a button starts it; the first frame in which the traced node (or
   * a sample of the others) carries a trace class ends it.
   */
  bench.armTrace = function (id) {
    const cy = bench.cy;
    const root = cy.getElementById(id);
    const sample = sampleNodes(300);
    const classes = ['focus-root', 'highlighted', 'dimmed', 'filtered-out'];
    const has = function (n) { for (const c of classes) if (n.hasClass(c)) return true; return false; };
    const t = { clickAt: null, frame: null, frameStart: null, lastRender: null, before: has(root), highlighted: null, dimmed: null };
    const onClick = function (e) {
      if (t.clickAt === null && e.target && e.target.closest && e.target.closest('button')) t.clickAt = e.timeStamp;
    };
    window.addEventListener('click', onClick, true);
    t.hook = function (now, start) {
      if (t.clickAt === null) return;
      t.lastRender = now;
      if (t.frame === null && (root.hasClass('focus-root') || sample.some(has))) {
        t.frame = now;
        t.frameStart = start;
      }
    };
    t.stop = function () {
      window.removeEventListener('click', onClick, true);
      bench.renderHooks.splice(bench.renderHooks.indexOf(t.hook), 1);
    };
    bench.renderHooks.push(t.hook);
    bench.traceWatch = t;
    return true;
  };

  bench.traceResult = async function (quietMs, capMs) {
    const t = bench.traceWatch;
    const start = performance.now();
    while (performance.now() - start < capMs) {
      const now = performance.now();
      if (t.frame !== null && now - t.lastRender >= quietMs) break;
      await delay(20);
    }
    t.stop();
    bench.traceWatch = null;
    if (t.clickAt === null) throw new Error('the trace button was not clicked');
    const cy = bench.cy;
    return {
      frame: t.frame === null ? null : t.frame - t.clickAt,
      frameStart: t.frameStart === null ? null : t.frameStart - t.clickAt,
      settled: t.lastRender === null ? null : t.lastRender - t.clickAt,
      free: t.frame === null ? null : bench.busyUntil(t.clickAt, t.frame + quietMs, t.frame) - t.clickAt,
      longest: bench.longest(t.clickAt, t.frame === null ? performance.now() : t.frame).max,
      highlighted: cy.elements('.highlighted').length,
      dimmed: cy.elements('.dimmed, .filtered-out').length,
    };
  };

  /** How many frames began after 'from' and no later than 'to' (performance.now() times). */
  bench.framesBetween = function (from, to) {
    return bench.frameStarts.filter(function (t) { return t > from && t <= to; }).length;
  };

  /** What the canvas draws, as Cytoscape JSON: elements with positions, the stylesheet, and options. */
  bench.snapshot = function () {
    const cy = bench.cy;
    const json = cy.json();
    const given = (cy._private && cy._private.options) || {};
    const options = {};
    for (const key of ['hideEdgesOnViewport', 'textureOnViewport', 'motionBlur', 'motionBlurOpacity', 'wheelSensitivity',
      'pixelRatio', 'renderer', 'minZoom', 'maxZoom', 'boxSelectionEnabled', 'selectionType', 'autounselectify',
      'autoungrabify', 'autolock', 'multiClickDebounceTime'])
      if (given[key] !== undefined && typeof given[key] !== 'function') options[key] = given[key];
    const elements = [].concat(json.elements.nodes || [], json.elements.edges || []).map(function (e) {
      return Object.assign({}, e, { selected: false });
    });
    return JSON.stringify({ elements: elements, style: json.style, options: options, zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() });
  };

  /** Resolves once the first frame with every node has been drawn. */
  bench.ready = function (timeoutMs) {
    if (bench.firstFrame !== null) return Promise.resolve(true);
    return new Promise(function (resolve, reject) {
      const timer = setTimeout(function () {
        const n = bench.cy ? bench.cy.nodes().length : 0;
        reject(new Error('no frame with ' + expected + ' nodes within ' + timeoutMs + ' ms (cy ' +
          (bench.cy ? 'found, ' + n + ' nodes' : 'not found') + ', ' + bench.renders + ' renders)'));
      }, timeoutMs);
      bench.waiters.push(function () { clearTimeout(timer); resolve(true); });
    });
  };

  /** Plain facts about the load, all in ms from navigation start. */
  bench.loadResult = function () {
    const nav = performance.getEntriesByType('navigation')[0];
    const scripts = performance.getEntriesByType('resource').filter(function (e) { return e.initiatorType === 'script'; });
    const early = bench.longTasks.filter(function (t) { return t.start < bench.firstFrame; });
    return {
      firstFrame: bench.firstFrame,
      usefulFrame: bench.usefulFrame,
      firstFrameWork: bench.firstFrame - bench.firstFrameStart,
      cyAt: bench.cyAt,
      jsLoaded: scripts.length ? Math.max.apply(null, scripts.map(function (e) { return e.responseEnd; })) : null,
      domContentLoaded: nav ? nav.domContentLoadedEventStart : null,
      longTaskCount: early.length,
      longTaskMs: early.reduce(function (s, t) { return s + t.duration; }, 0),
      rendersBeforeFirstFrame: bench.renders,
      fileChosenAt: bench.fileChosenAt,
      dataAt: typeof window.__bareDataAt === 'number' ? window.__bareDataAt : null,
      nodes: bench.cy.nodes().length,
      edges: bench.cy.edges().length,
      canvas: { width: bench.cy.width(), height: bench.cy.height() },
    };
  };

  /** Waits until nothing has been drawn for quietMs, at least minAfterFirst ms after the first frame. */
  bench.waitIdle = async function (quietMs, minAfterFirst, timeoutMs) {
    const start = performance.now();
    while (performance.now() - start < timeoutMs) {
      const now = performance.now();
      if (now - bench.firstFrame >= minAfterFirst && now - bench.lastRender >= quietMs) return bench.lastRender;
      await delay(25);
    }
    return false;
  };

  function accessibleName(el) {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return ids.map(function (id) { const t = document.getElementById(id); return t ? (t.textContent || '').trim() : ''; }).join(' ').trim();
  }

  function detailsRegions() {
    const regions = document.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]');
    return Array.prototype.filter.call(regions, function (r) { return accessibleName(r) === 'Details'; });
  }

  /** A heading naming the item, inside the region named "Details" (role=region, or a named section). */
  function detailsShows(label) {
    for (const region of detailsRegions()) {
      for (const h of region.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
        if ((h.textContent || '').includes(label)) return true;
    }
    return false;
  }

  /**
   * A node to click: on screen, away from the edges, not covered by any page element, and not
   * overlapping another node, so the click can only select it. The preferred id first, then by degree.
   */
  bench.pick = function (preferred) {
    const cy = bench.cy;
    const container = cy.container();
    const rect = container.getBoundingClientRect();
    const nodes = cy.nodes(':childless').filter(function (n) { return n.visible() && n.selectable() && !n.selected(); });
    const boxes = nodes.map(function (n) {
      return { id: n.id(), bb: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) };
    });
    const ordered = nodes.toArray().sort(function (a, b) {
      return (b.id() === preferred) - (a.id() === preferred) || b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1);
    });
    const margin = 6;
    for (const n of ordered) {
      const p = n.renderedPosition();
      if (p.x < 40 || p.y < 40 || p.x > rect.width - 40 || p.y > rect.height - 40) continue;
      const x = rect.left + p.x;
      const y = rect.top + p.y;
      const hit = document.elementFromPoint(x, y);
      if (!hit || hit.tagName !== 'CANVAS' || !container.contains(hit)) continue;
      const crowded = boxes.some(function (b) {
        return b.id !== n.id() && p.x >= b.bb.x1 - margin && p.x <= b.bb.x2 + margin && p.y >= b.bb.y1 - margin && p.y <= b.bb.y2 + margin;
      });
      if (crowded) continue;
      return { id: n.id(), label: String(n.data('label') || n.id()), x: x, y: y, degree: n.degree(false) };
    }
    return null;
  };

  /** Starts watching for the response to a click on node id: call before the click. */
  bench.arm = function (id, label) {
    const cy = bench.cy;
    const node = cy.getElementById(id);
    const click = {
      id: id,
      zoomBefore: cy.zoom(),
      downAt: null,
      downHandled: null,
      upAt: null,
      selectedAt: null,
      handled: null,
      selectFrame: null,
      selectFrameStart: null,
      details: null,
      lastRender: null,
      onRender: function (now, start) {
        if (click.upAt === null) return;
        click.lastRender = now;
        if (click.selectFrame === null && node.selected()) {
          click.selectFrame = now;
          click.selectFrameStart = start;
        }
        if (click.details === null && detailsShows(label)) click.details = now;
      },
    };
    const onUp = function (e) {
      if (click.upAt !== null) return;
      click.upAt = e.timeStamp;
      if (detailsShows(label)) click.details = performance.now();
    };
    // Registered after the page's own window listeners, so it runs after them (and after the
    // microtasks they queued, such as a React commit): the end of the page's handling of the release.
    const onUpDone = function () {
      if (click.upAt !== null && click.handled === null) click.handled = performance.now();
    };
    const onSelect = function () {
      if (click.upAt !== null && click.selectedAt === null) click.selectedAt = performance.now();
    };
    const onDown = function (e) {
      if (click.downAt === null) click.downAt = e.timeStamp;
    };
    const onDownDone = function () {
      if (click.downAt !== null && click.downHandled === null) click.downHandled = performance.now();
    };
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('mousedown', onDownDone, false);
    window.addEventListener('mouseup', onUp, true);
    window.addEventListener('mouseup', onUpDone, false);
    node.on('select', onSelect);
    const observer = new MutationObserver(function () {
      if (click.upAt !== null && click.details === null && detailsShows(label)) click.details = performance.now();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    click.stop = function () {
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('mousedown', onDownDone, false);
      window.removeEventListener('mouseup', onUp, true);
      window.removeEventListener('mouseup', onUpDone, false);
      node.off('select', onSelect);
      observer.disconnect();
    };
    bench.click = click;
    return true;
  };

  /**
   * The response to the armed click, in ms from the release of the button: the first frame with
   * the node selected; the Details heading (null if it did not appear within detailsWaitMs); the
   * last frame before drawing went quiet for quietMs (null if it never did within settleCapMs).
   */
  bench.clickResult = async function (detailsWaitMs, quietMs, settleCapMs) {
    const click = bench.click;
    const start = performance.now();
    while (click.upAt === null || click.selectFrame === null) {
      if (performance.now() - start > 5000) {
        click.stop();
        throw new Error('the click on ' + click.id + ' selected nothing within 5 s (released: ' + (click.upAt !== null) +
          ', selected now: ' + bench.cy.getElementById(click.id).selected() + ')');
      }
      await delay(10);
    }
    let settled = null;
    while (performance.now() - click.upAt < Math.max(detailsWaitMs, settleCapMs)) {
      const now = performance.now();
      if (settled === null && now - click.lastRender >= quietMs) settled = click.lastRender;
      // No region named Details once drawing has settled: there is no heading to wait for.
      const detailsDone = click.details !== null || now - click.upAt >= detailsWaitMs || (settled !== null && detailsRegions().length === 0);
      if (settled !== null && detailsDone) break;
      await delay(20);
    }
    click.stop();
    bench.click = null;
    return {
      selectFrame: click.selectFrame - click.upAt,
      selectFrameStart: click.selectFrameStart - click.upAt,
      selectedAt: click.selectedAt === null ? null : click.selectedAt - click.upAt,
      handled: click.handled === null ? null : click.handled - click.upAt,
      pressHandled: click.downAt === null || click.downHandled === null ? null : click.downHandled - click.downAt,
      zoomBefore: click.zoomBefore,
      zoomAfter: bench.cy.zoom(),
      details: click.details === null ? null : click.details - click.upAt,
      settled: settled === null ? null : settled - click.upAt,
      selectedAfter: bench.cy.$(':selected').map(function (n) { return n.id(); }),
      // 1: the selection was drawn in the first frame that began after the release.
      framesToSelect: bench.framesBetween(click.upAt, click.selectFrameStart),
    };
  };

  window.__bench = bench;
}`;
