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
 * The bench drives it through `window.__bench`, with string expressions (see ui-bench.ts).
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
    lastRender: 0,
    renders: 0,
    longTasks: [],
    click: null,
    waiters: [],
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
  window.requestAnimationFrame = function (callback) {
    return nativeRaf(function (stamp) {
      if (stamp !== frameStamp) {
        frameStamp = stamp;
        frameRunStart = performance.now();
      }
      return callback(stamp);
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
    if (bench.firstFrame === null && bench.cy.nodes().length >= expected) {
      bench.firstFrame = now;
      bench.firstFrameStart = start;
      for (const w of bench.waiters.splice(0)) w();
    }
    if (bench.click) bench.click.onRender(now, start);
  }

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
      firstFrameWork: bench.firstFrame - bench.firstFrameStart,
      cyAt: bench.cyAt,
      jsLoaded: scripts.length ? Math.max.apply(null, scripts.map(function (e) { return e.responseEnd; })) : null,
      domContentLoaded: nav ? nav.domContentLoadedEventStart : null,
      longTaskCount: early.length,
      longTaskMs: early.reduce(function (s, t) { return s + t.duration; }, 0),
      rendersBeforeFirstFrame: bench.renders,
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
      if (now - bench.firstFrame >= minAfterFirst && now - bench.lastRender >= quietMs) return true;
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
    };
  };

  window.__bench = bench;
}`;
