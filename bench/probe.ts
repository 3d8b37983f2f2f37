/**
 * In-page instrumentation, installed with page.addInitScript before any app
 * code runs. Plain JavaScript in a string on purpose: functions written in
 * TypeScript and handed to page.evaluate get esbuild's `__name` helper from
 * tsx, which does not exist in the page.
 *
 * window.__bench:
 *   longtasks            [startTime, duration][] from a buffered 'longtask' observer
 *   inputs               timeStamp of every `input` event (capture phase)
 *   waitMark(name, n, ms) resolves with the (n+1)-th entry of a mark (PerformanceObserver, no polling)
 *   longestTask(a, b)    longest task that overlaps [a, b]
 *   waitQuiet(w, max)    resolves once no long task has run for w ms (or after max ms): end of the last long task
 *   watchSearch(sel)     records [rAF time, listbox HTML] after every DOM change under `sel`
 *   searchSettled(q, ms) resolves once nothing changed under `sel` for q ms (and no frame is pending)
 *   searchLatency(t)     ms from input time t to the first frame that showed the final listbox
 *                        (and to the DOM change that produced it)
 *   panelSettled(id, ms) resolves once the entity panel shows `id` and none of its diagrams is still loading
 *   startFrames()/stopFrames()  requestAnimationFrame counter for the pan/zoom test
 *
 * (page.waitForFunction cannot be used: its string predicates need eval, which the app's CSP forbids.)
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { longtasks: [], inputs: [], longtaskSupported: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) {
    B.longtaskSupported = false;
  }
  document.addEventListener('input', (e) => B.inputs.push(e.timeStamp), true);

  B.waitMark = (name, n, ms) =>
    new Promise((resolve, reject) => {
      let obs = null;
      let timer = 0;
      const check = () => {
        const list = performance.getEntriesByName(name);
        if (list.length > n) {
          const e = list[n];
          if (obs) obs.disconnect();
          clearTimeout(timer);
          resolve({ startTime: e.startTime, detail: e.detail === undefined ? null : e.detail, count: list.length });
          return true;
        }
        return false;
      };
      if (check()) return;
      obs = new PerformanceObserver(() => check());
      obs.observe({ type: 'mark' });
      timer = setTimeout(() => {
        obs.disconnect();
        reject(new Error('mark ' + name + ' #' + (n + 1) + ' not recorded within ' + ms + ' ms'));
      }, ms);
    });

  B.waitQuiet = (windowMs, maxMs) =>
    new Promise((resolve) => {
      const start = performance.now();
      const tick = () => {
        let last = 0;
        for (const [s, d] of B.longtasks) last = Math.max(last, s + d);
        const now = performance.now();
        if (now - Math.max(last, start) >= windowMs) return resolve({ quiet: true, lastLongTaskEnd: last });
        if (now - start > maxMs) return resolve({ quiet: false, lastLongTaskEnd: last });
        setTimeout(tick, 100);
      };
      tick();
    });

  B.longestTask = (from, to) => {
    let max = 0;
    for (const [s, d] of B.longtasks) if (s < to && s + d > from && d > max) max = d;
    return max;
  };

  B.watchSearch = (selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error('no element matches ' + selector);
    const snap = () => {
      const lb = root.querySelector('[role=listbox]');
      return lb ? lb.innerHTML : null;
    };
    B.search = { root, snap, records: [], changes: [], lastChange: performance.now(), pending: false };
    const S = B.search;
    new MutationObserver(() => {
      S.lastChange = performance.now();
      S.changes.push([S.lastChange, snap()]);
      if (S.pending) return;
      S.pending = true;
      requestAnimationFrame(() => {
        S.pending = false;
        S.records.push([performance.now(), snap()]);
      });
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };

  B.searchSettled = (quietMs, timeoutMs) =>
    new Promise((resolve, reject) => {
      const S = B.search;
      const start = performance.now();
      const tick = () => {
        const now = performance.now();
        if (!S.pending && now - S.lastChange >= quietMs) return resolve(now);
        if (now - start > timeoutMs) return reject(new Error('search results still changing after ' + timeoutMs + ' ms'));
        setTimeout(tick, 25);
      };
      setTimeout(tick, 25);
    });

  B.searchLatency = (tInput) => {
    const S = B.search;
    const final = S.snap();
    const after = S.records.filter((r) => r[0] >= tInput);
    const hit = after.find((r) => r[1] === final);
    const dom = S.changes.find((r) => r[0] >= tInput && r[1] === final);
    return {
      latency: hit ? hit[0] - tInput : null,
      dom: dom ? dom[0] - tInput : null,
      frames: after.length,
      results: final === null ? 0 : (final.match(/role="option"/g) || []).length,
      painted: hit ? hit[0] : null,
    };
  };

  B.panelSettled = (id, timeoutMs) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const tick = () => {
        const code = document.querySelector('aside.entity-panel .meta code');
        const figs = [...document.querySelectorAll('aside.entity-panel figure.diagram')];
        if (code && code.textContent === id && figs.length > 0 && figs.every((f) => f.getAttribute('data-status') !== 'loading')) {
          return resolve(performance.now());
        }
        if (performance.now() - start > timeoutMs) return reject(new Error('the panel of ' + id + ' still has diagrams loading after ' + timeoutMs + ' ms'));
        setTimeout(tick, 20);
      };
      tick();
    });

  B.startFrames = () => {
    B.frames = [];
    B.counting = true;
    const tick = (t) => {
      if (!B.counting) return;
      B.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  };
  B.stopFrames = () => {
    B.counting = false;
    return B.frames;
  };
})();
`;
