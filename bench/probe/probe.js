/* global window, document, requestAnimationFrame, MutationObserver, Element */
// Installed in every benchmarked page before its own scripts (Playwright addInitScript), as plain JavaScript:
// the harness only ever calls window.__naraBench through string expressions, so no transpiler helper has to
// exist in the page. All times are performance.now() of the page (0 = navigation start).
(() => {
  if (window.__naraBench) return;

  /** The moment the frame that shows the current DOM is done: a task queued from requestAnimationFrame runs after paint. */
  const afterNextPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });

  // Entries are kept only while keys are watched: a page driven for minutes must not grow by its probe.
  const longTasks = [];
  const slowEvents = [];
  let recording = false;
  try {
    new PerformanceObserver((list) => {
      if (!recording) return;
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: the harness reports the metric as not measurable.
  }
  let eventTiming = false;
  try {
    new PerformanceObserver((list) => {
      if (!recording) return;
      for (const e of list.getEntries()) {
        slowEvents.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16 });
    eventTiming = true;
  } catch {
    // Event Timing missing: the requestAnimationFrame measurement stands alone.
  }

  /** Waits until `check()` holds (checked on every DOM change), then for the paint that shows it. */
  const whenPainted = (check, timeoutMs) =>
    new Promise((resolve, reject) => {
      let observer = null;
      const timer = setTimeout(() => {
        observer?.disconnect();
        reject(new Error(`not painted within ${timeoutMs} ms`));
      }, timeoutMs);
      const test = () => {
        if (!check()) return false;
        observer?.disconnect();
        clearTimeout(timer);
        afterNextPaint().then(resolve);
        return true;
      };
      if (test()) return;
      observer = new MutationObserver(test);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  /** Rows are shown and the selected one holds its case (a row still loading has no text, only skeletons). */
  const inboxReady = () => {
    const list = document.querySelector('[role="listbox"][aria-label="Inbox"]');
    const selected = list?.querySelector('[role="option"][aria-selected="true"]');
    return (
      list != null &&
      list.getAttribute('aria-busy') !== 'true' &&
      selected != null &&
      selected.textContent.trim() !== ''
    );
  };

  const caseReady = (minArticles) => () => {
    const feed = document.querySelector('[role="feed"][aria-label="Case history"]');
    return (
      feed !== null &&
      feed.getAttribute('aria-busy') !== 'true' &&
      feed.querySelectorAll('article').length >= minArticles
    );
  };

  /** The next trusted keydown or click: its timestamp is when the person acted. */
  const nextInput = () =>
    new Promise((resolve) => {
      const onInput = (event) => {
        if (!event.isTrusted) return;
        window.removeEventListener('keydown', onInput, true);
        window.removeEventListener('click', onInput, true);
        resolve(event.timeStamp);
      };
      window.addEventListener('keydown', onInput, true);
      window.addEventListener('click', onInput, true);
    });

  /**
   * Keystroke latency while a key is pressed repeatedly: each trusted keydown is answered by the first DOM
   * change after it (selector: where to watch; attributeFilter: the attributes of that element whose change
   * answers, else any change of text or children below it), and timed to the paint after it.
   */
  let keyWatch = null;
  const watchKeys = (selector, attributeFilter) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`nothing matches ${selector}`);
    const watch = { pending: [], latencies: [], unanswered: 0, started: performance.now() };
    const onKey = (event) => {
      if (event.isTrusted) watch.pending.push(event.timeStamp);
    };
    const observer = new MutationObserver(() => {
      if (watch.pending.length === 0) return;
      const answered = watch.pending.splice(0);
      void afterNextPaint().then((t) => answered.forEach((t0) => watch.latencies.push(t - t0)));
    });
    // Named attributes (the inbox's aria-activedescendant) answer alone: rows a page fetch adds are no answer.
    observer.observe(
      root,
      attributeFilter
        ? { attributes: true, attributeFilter }
        : { subtree: true, childList: true, characterData: true },
    );
    window.addEventListener('keydown', onKey, true);
    longTasks.length = 0;
    slowEvents.length = 0;
    recording = true;
    watch.stop = () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      recording = false;
      watch.unanswered = watch.pending.length;
      return {
        latencies: watch.latencies,
        unanswered: watch.unanswered,
        longTasks: longTasks.filter((t) => t.start >= watch.started),
        slowKeydowns: slowEvents.filter((e) => e.name === 'keydown' && e.start >= watch.started),
      };
    };
    keyWatch = watch;
  };

  /**
   * Search as you type: a keystroke is answered when the page outside the search box has stopped changing
   * for `quietMs` and nothing is aria-busy; the latency runs to the paint after the last change. Null when
   * nothing changed.
   */
  const settleAfterNextKey = (quietMs, capMs) =>
    nextInput().then(
      (t0) =>
        new Promise((resolve) => {
          let changes = 0;
          let painted = null;
          let quiet = null;
          const finish = (capped) => {
            // Something still says it is loading (aria-busy): its results are not painted yet.
            if (!capped && document.querySelector('[aria-busy="true"]')) {
              quiet = setTimeout(finish, quietMs);
              return;
            }
            observer.disconnect();
            clearTimeout(cap);
            clearTimeout(quiet);
            if (changes === 0) resolve(null);
            // The paint after the last change (a frame is long done after quietMs; else wait for it).
            else if (painted !== null && painted.change === changes) resolve(painted.at - t0);
            else afterNextPaint().then((t) => resolve(t - t0));
          };
          const observer = new MutationObserver((records) => {
            const outside = records.some((r) => {
              const el = r.target instanceof Element ? r.target : r.target.parentElement;
              return !el?.closest('[role="searchbox"], input');
            });
            if (!outside) return;
            const change = ++changes;
            void afterNextPaint().then((at) => {
              if (change === changes) painted = { change, at };
            });
            clearTimeout(quiet);
            quiet = setTimeout(finish, quietMs);
          });
          observer.observe(document, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          quiet = setTimeout(finish, quietMs);
          const cap = setTimeout(() => finish(true), capMs);
        }),
    );

  const api = {
    eventTiming,
    /**
     * Starts one of the measurements below and keeps its promise in `armed`, so the harness can arm it,
     * then press a key (input and evaluation travel different routes), then await `armed`.
     */
    arm: (name, ...args) => {
      const pending = api[name](...args);
      pending.catch(() => undefined);
      api.armed = pending;
      return true;
    },
    armed: null,
    /** Marks the focused element, so keystrokes into it can be watched (watchKeys('[data-bench-target]')). */
    markFocused: () => {
      document.querySelector('[data-bench-target]')?.removeAttribute('data-bench-target');
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      el.setAttribute('data-bench-target', '');
      return true;
    },
    hasLongTasks: () => PerformanceObserver.supportedEntryTypes.includes('longtask'),
    /** ms from navigation start to the paint showing inbox rows with a selected one. */
    inboxPainted: (timeoutMs) => whenPainted(inboxReady, timeoutMs),
    /** ms from the next keydown/click to the paint after the DOM says the inbox selection moved. */
    selectionMoved: (timeoutMs) => {
      const before = document
        .querySelector('[role="listbox"][aria-label="Inbox"]')
        ?.getAttribute('aria-activedescendant');
      return nextInput().then((t0) =>
        whenPainted(() => {
          const now = document
            .querySelector('[role="listbox"][aria-label="Inbox"]')
            ?.getAttribute('aria-activedescendant');
          return now != null && now !== before;
        }, timeoutMs).then((t) => ({ input: t0, painted: t })),
      );
    },
    /** ms from the next keydown/click to the paint of the case history with at least `minArticles` events. */
    caseOpened: (minArticles, timeoutMs) =>
      nextInput().then((t0) => whenPainted(caseReady(minArticles), timeoutMs).then((t) => t - t0)),
    articles: () => document.querySelectorAll('[role="feed"][aria-label="Case history"] article').length,
    watchKeys,
    stopKeys: () => {
      const result = keyWatch?.stop() ?? null;
      keyWatch = null;
      return result;
    },
    settleAfterNextKey,
    elementCount: () => document.getElementsByTagName('*').length,
    /** Scrolls the inbox so the row at `index` is rendered (the list is virtualized). */
    scrollInboxTo: (index) => {
      const list = document.querySelector('[role="listbox"][aria-label="Inbox"]');
      const row = list?.querySelector('[role="option"]');
      if (!list || !row) return false;
      list.scrollTop = Math.max(0, index * row.getBoundingClientRect().height - list.clientHeight / 2);
      return true;
    },
  };
  window.__naraBench = api;
})();
