/* crisiscomms staff pages: countdowns, language tabs, the live transparency check and
   channel previews,
   one-submission forms, jumping to a plan problem and live broadcast progress.
   Plain JavaScript, no build step.
   Text from the server is only ever set with textContent, never parsed as HTML. */
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  /* ---- countdowns: amber before the deadline, red when overdue ---- */
  function spell(seconds) {
    var s = Math.abs(Math.round(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return (h ? h + " h " + two(m) + " min" : m + " min " + two(r) + " s");
  }
  function tickCountdowns() {
    var now = Date.now();
    document.querySelectorAll("time.countdown[datetime]").forEach(function (el) {
      if (!el.dataset.label) { el.dataset.label = el.textContent; }
      var due = Date.parse(el.getAttribute("datetime"));
      if (isNaN(due)) { return; }
      var left = (due - now) / 1000;
      var warn = parseInt(el.dataset.warn || "900", 10);
      var state = left < 0 ? "overdue" : (left <= warn ? "soon" : "ok");
      el.textContent = (left < 0 ? "overdue by " + spell(left) : "in " + spell(left)) +
        " (" + el.dataset.label + ")";
      el.classList.remove("ok", "soon", "overdue");
      el.classList.add(state);
      var card = el.closest("[data-clock-card]");
      if (card && card.querySelector("time.countdown") === el) {
        card.classList.remove("clock-ok", "clock-soon", "clock-overdue", "clock-none");
        card.classList.add("clock-" + state);
        var word = card.querySelector(".clock-word");
        if (word) { word.textContent = state === "overdue" ? "overdue" : (state === "soon" ? "due soon" : ""); }
      }
    });
  }

  /* ---- language tabs ---- */
  function setupTabs() {
    document.querySelectorAll("[data-tabs]").forEach(function (nav) {
      var tabs = Array.prototype.slice.call(nav.querySelectorAll("[data-tab]"));
      if (tabs.length < 2) { return; }
      nav.setAttribute("role", "tablist");
      function panel(tab) { return document.getElementById(tab.dataset.tab); }
      function show(chosen, focus) {
        tabs.forEach(function (tab) {
          var on = tab === chosen;
          tab.setAttribute("aria-selected", on ? "true" : "false");
          tab.tabIndex = on ? 0 : -1;
          var p = panel(tab);
          if (p) { p.hidden = !on; }
        });
        if (focus) { chosen.focus(); }
      }
      tabs.forEach(function (tab, i) {
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-controls", tab.dataset.tab);
        var p = panel(tab);
        if (p) { p.setAttribute("role", "tabpanel"); }
        tab.addEventListener("click", function (ev) { ev.preventDefault(); show(tab, false); });
        tab.addEventListener("keydown", function (ev) {
          var next = null;
          if (ev.key === "ArrowRight") { next = tabs[(i + 1) % tabs.length]; }
          if (ev.key === "ArrowLeft") { next = tabs[(i - 1 + tabs.length) % tabs.length]; }
          if (next) { ev.preventDefault(); show(next, true); }
        });
      });
      var withError = tabs.filter(function (tab) {
        var p = panel(tab);
        return p && p.querySelector("[aria-invalid=true]");
      })[0];
      var fromHash = tabs.filter(function (tab) { return "#" + tab.dataset.tab === location.hash; })[0];
      show(withError || fromHash || tabs[0], false);
    });
  }

  /* ---- the live transparency check ---- */
  function setupLiveCheck() {
    var form = document.getElementById("statement-form");
    var data = document.getElementById("statement-content");
    if (!form || !data || !form.dataset.checkUrl) { return; }
    var saved = JSON.parse(data.textContent);
    var summary = document.getElementById("check-summary");
    var state = summary ? summary.querySelector("[data-check-state]") : null;
    var timer = null, sequence = 0;

    function content() {
      var c = JSON.parse(JSON.stringify(saved));
      form.querySelectorAll("[data-field-input]").forEach(function (input) {
        var key = input.dataset.fieldInput;
        var dot = key.indexOf(".");
        var locale = key.slice(0, dot), rest = key.slice(dot + 1);
        var body = c.locales[locale];
        if (!body) { return; }
        var answer = /^answers\[(\d+)\]\.answer$/.exec(rest);
        if (answer) { body.answers[parseInt(answer[1], 10)].answer = input.value; }
        else { body.sections[rest] = input.value; }
      });
      var next = form.querySelector("[data-next-update]");
      if (next) { c.next_update_at = next.value ? next.value + ":00Z" : null; }
      return c;
    }

    function el(tag, cls, text) {
      var node = document.createElement(tag);
      if (cls) { node.className = cls; }
      if (text !== undefined) { node.textContent = text; }
      return node;
    }

    function findingItem(f) {
      var li = el("li", "finding sev-" + f.severity);
      var p = el("p");
      p.appendChild(el("span", "sev", f.severity));
      p.appendChild(document.createTextNode(" " + f.message));
      li.appendChild(p);
      if (f.excerpt) {
        var ex = el("p", "excerpt");
        ex.appendChild(document.createTextNode("\u201c"));
        ex.appendChild(el("mark", "", f.excerpt));
        ex.appendChild(document.createTextNode("\u201d"));
        li.appendChild(ex);
      }
      if (f.suggestion) {
        var sg = el("p", "suggestion");
        sg.appendChild(el("strong", "", "Suggested fix:"));
        sg.appendChild(document.createTextNode(" " + f.suggestion));
        li.appendChild(sg);
      }
      return li;
    }

    function highlight(box, value, findings) {
      while (box.firstChild) { box.removeChild(box.firstChild); }
      var spans = findings.filter(function (f) { return f.end > f.start; })
        .map(function (f) { return [Math.max(0, f.start), Math.min(value.length, f.end), f.rule]; })
        .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      var cursor = 0;
      spans.forEach(function (s) {
        if (s[1] <= cursor) { return; }
        var start = Math.max(s[0], cursor);
        if (start > cursor) { box.appendChild(document.createTextNode(value.slice(cursor, start))); }
        var mark = el("mark", "", value.slice(start, s[1]));
        mark.dataset.rule = s[2];
        box.appendChild(mark);
        cursor = s[1];
      });
      if (cursor < value.length) { box.appendChild(document.createTextNode(value.slice(cursor))); }
      box.hidden = spans.length === 0;
    }

    function show(report) {
      var byKey = {};
      report.findings.forEach(function (f) {
        var key = f.locale + "." + f.section;
        (byKey[key] = byKey[key] || []).push(f);
      });
      var placed = {};
      form.querySelectorAll("[data-field-input]").forEach(function (input) {
        var key = input.dataset.fieldInput;
        var found = byKey[key] || [];
        placed[key] = true;
        var list = form.querySelector('[data-findings-for="' + CSS.escape(key) + '"]');
        var box = form.querySelector('[data-highlight-for="' + CSS.escape(key) + '"]');
        if (list) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          found.forEach(function (f) { list.appendChild(findingItem(f)); });
        }
        if (box) { highlight(box, input.value.trim(), found); }
        input.classList.toggle("has-findings", found.some(function (f) { return f.severity !== "info"; }));
      });
      var other = document.getElementById("other-findings");
      if (other) {
        while (other.firstChild) { other.removeChild(other.firstChild); }
        report.findings.forEach(function (f) {
          if (!placed[f.locale + "." + f.section]) { other.appendChild(findingItem(f)); }
        });
      }
      if (summary) {
        summary.classList.toggle("pass", report.passed);
        summary.classList.toggle("fail", !report.passed);
        summary.querySelector("[data-score]").textContent = String(report.score);
        summary.querySelector("[data-verdict]").textContent =
          report.passed ? "passes" : "does not pass yet";
      }
    }

    function run() {
      var mine = ++sequence;
      if (state) { state.textContent = "(checking…)"; }
      fetch(form.dataset.checkUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
        body: JSON.stringify({ content: content() })
      }).then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      }).then(function (result) {
        if (mine !== sequence) { return; }
        if (result.status === 200) {
          show(result.body);
          if (state) { state.textContent = "(unsaved text checked)"; }
        } else if (result.status === 401) {
          if (state) { state.textContent = "(your session has ended: save to sign in again)"; }
        } else if (state) {
          state.textContent = "(" + ((result.body.error && result.body.error.message) || "cannot check yet") + ")";
        }
      }).catch(function () {
        if (mine === sequence && state) { state.textContent = "(check unavailable)"; }
      });
    }

    /* The previews beside the fields: each network's posts, counts and card, as the server
       splits and counts them (no second count here: the numbers and limits are the
       server's, from the same renditions the sender uses). */
    var previewSequence = 0, cardCache = {};
    function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
    function previewState(text) {
      document.querySelectorAll("[data-preview-state]").forEach(function (p) { p.textContent = text; });
    }
    function postJSON(url, body) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
        body: JSON.stringify(body)
      });
    }
    function loadCard(img, card, sent) {
      if (cardCache[card.digest]) {
        img.src = cardCache[card.digest];
        img.dataset.digest = card.digest;
        return;
      }
      postJSON(form.dataset.cardUrl, { content: sent, network: card.network, locale: card.locale })
        .then(function (response) { return response.ok ? response.blob() : null; })
        .then(function (blob) {
          if (!blob) { return; }
          var reader = new FileReader();
          reader.onload = function () {
            cardCache[card.digest] = reader.result;
            img.src = reader.result;
            img.dataset.digest = card.digest;
          };
          reader.readAsDataURL(blob);
        }).catch(function () { /* the card of the last good text stays */ });
    }
    function showPreview(box, n, sent) {
      box.classList.toggle("over-limit", !n.valid);
      box.dataset.limit = String(n.limit);
      var summaryText = box.querySelector("[data-summary]");
      if (summaryText) { summaryText.textContent = n.summary; }
      var note = box.querySelector("[data-note]");
      if (note) { note.textContent = n.note; note.hidden = !n.note; }
      if (n.kind === "email") {
        var subject = box.querySelector("[data-subject]");
        if (subject) { subject.textContent = n.subject; }
        var body = box.querySelector("[data-email-text]");
        if (body && n.posts.length) { body.textContent = n.posts[0].text; }
      } else {
        var list = box.querySelector("[data-posts]");
        if (list) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          n.posts.forEach(function (post) {
            var li = el("li", post.over ? "over" : "");
            li.appendChild(el("p", "post", post.text));
            li.appendChild(el("p", "count", thousands(post.length) + " / " + thousands(n.limit) +
              " " + n.unit + (post.over ? " \u2014 too long" : "")));
            list.appendChild(li);
          });
        }
      }
      var img = box.querySelector("[data-card] img");
      if (img && n.card) {
        img.alt = n.card.alt;
        var alt = box.querySelector("[data-card] [data-alt]");
        if (alt) { alt.textContent = n.card.alt; }
        if (img.dataset.digest !== n.card.digest) { loadCard(img, n.card, sent); }
      }
    }
    function refreshPreviews() {
      if (!form.dataset.previewsUrl) { return; }
      var mine = ++previewSequence;
      var sent = content();
      postJSON(form.dataset.previewsUrl, { content: sent }).then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      }).then(function (result) {
        if (mine !== previewSequence) { return; }
        if (result.status !== 200) {
          previewState("Previews of the last text that could be rendered: " +
            ((result.body.error && result.body.error.message) || "the edit cannot be previewed yet") + ".");
          return;
        }
        Object.keys(result.body.locales).forEach(function (locale) {
          result.body.locales[locale].forEach(function (n) {
            var box = form.querySelector('[data-preview="' + CSS.escape(n.kind) + '"][data-locale="' +
              CSS.escape(locale) + '"]');
            if (box) { showPreview(box, n, sent); }
          });
        });
        previewState("Previews of the unsaved text, as each channel would post it.");
      }).catch(function () {
        if (mine === previewSequence) { previewState("Previews unavailable: save to refresh them."); }
      });
    }

    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () { run(); refreshPreviews(); }, 500);
    });
  }

  /* ---- forms post once ---- */
  function setupOnce() {
    document.querySelectorAll("form").forEach(function (form) {
      if (!form.querySelector("[data-once]")) { return; }
      form.addEventListener("submit", function (ev) {
        if (form.dataset.submitted) { ev.preventDefault(); return; }
        form.dataset.submitted = "1";
        // Disable after the browser has taken the submitter's name and value.
        setTimeout(function () {
          form.querySelectorAll("[data-once]").forEach(function (b) { b.disabled = true; });
        }, 0);
      });
    });
  }

  /* ---- plan editor: jump to a problem's line ---- */
  function setupGotoLine() {
    document.querySelectorAll("[data-goto-line]").forEach(function (link) {
      link.addEventListener("click", function (ev) {
        var area = document.getElementById("source");
        if (!area) { return; }
        ev.preventDefault();
        var line = parseInt(link.dataset.gotoLine, 10);
        var lines = area.value.split("\n");
        var start = 0;
        for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
        var end = start + (lines[line - 1] || "").length;
        area.focus();
        area.setSelectionRange(start, end);
        var lineHeight = area.scrollHeight / Math.max(lines.length, 1);
        area.scrollTop = Math.max(0, (line - 5) * lineHeight);
      });
    });
  }

  /* ---- file fields with a size limit: say so before the upload, not after ---- */
  function setupFileLimits() {
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
      input.addEventListener("change", function () {
        var limit = parseInt(input.dataset.maxBytes, 10);
        var file = input.files && input.files[0];
        input.setCustomValidity(file && file.size > limit ?
          "This file is larger than " + Math.floor(limit / 1024) + " KiB; import it through the API or the command line." : "");
        input.reportValidity();
      });
    });
  }

  /* ---- broadcasts: live progress from GET /api/v1/broadcasts/{id} ---- */
  var LIVE = ["scheduled", "queued", "sending"];
  var UNSETTLED = ["pending", "claimed", "retrying"];
  function updateProgress(box, b) {
    var p = b.progress;
    var settled = p.total;
    UNSETTLED.forEach(function (name) { settled -= p[name] || 0; });
    var status = box.querySelector("[data-status]");
    if (status) { status.textContent = b.status; }
    var count = box.querySelector("[data-settled]");
    if (count) { count.textContent = String(settled); }
    var total = box.querySelector("[data-total]");
    if (total) { total.textContent = String(p.total || b.recipient_count); }
    var bar = box.querySelector("progress");
    if (bar) {
      bar.max = p.total || b.recipient_count || 1;
      bar.value = settled;
      bar.textContent = settled + " of " + bar.max;
    }
    box.querySelectorAll("[data-count]").forEach(function (el) {
      el.textContent = String(p[el.dataset.count] || 0);
    });
    box.dataset.state = b.status;
    if (LIVE.indexOf(b.status) < 0) { box.removeAttribute("data-live"); }
  }
  function setupBroadcastProgress() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-broadcast][data-live]"));
    if (!boxes.length) { return; }
    var timer = null;
    function poll() {
      var live = boxes.filter(function (box) { return box.hasAttribute("data-live"); });
      if (!live.length) { clearInterval(timer); return; }
      live.forEach(function (box) {
        fetch("/api/v1/broadcasts/" + encodeURIComponent(box.dataset.broadcast), {
          credentials: "same-origin",
          headers: { "Accept": "application/json" }
        }).then(function (response) {
          if (response.status === 401 || response.status === 403 || response.status === 404) {
            box.removeAttribute("data-live");
            return null;
          }
          return response.ok ? response.json() : null;
        }).then(function (body) {
          if (body && body.progress) { updateProgress(box, body); }
        }).catch(function () { /* the next tick tries again */ });
      });
    }
    timer = setInterval(poll, 2000);
  }

  // The control center's rehearsal cards: injects appear as they fire.
  function renderInjects(box, injects) {
    var list = box.querySelector("[data-injects]");
    var next = box.querySelector("[data-next-inject]");
    var fired = injects.filter(function (i) { return i.fired_at; }).reverse();
    if (list && list.children.length !== fired.length) {
      list.textContent = "";
      fired.forEach(function (i) {
        var item = document.createElement("li");
        var label = document.createElement("strong");
        label.textContent = i.at;
        item.appendChild(label);
        item.appendChild(document.createTextNode(" " + i.text));
        list.appendChild(item);
      });
    }
    var waiting = injects.filter(function (i) { return !i.fired_at; });
    if (next && !waiting.length) { next.textContent = "All injects played."; }
    return waiting.length > 0;
  }
  function setupRehearsalInjects() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-rehearsal]"));
    if (!boxes.length) { return; }
    var timer = null;
    function poll() {
      var live = boxes.filter(function (box) { return !box.hasAttribute("data-done"); });
      if (!live.length) { clearInterval(timer); return; }
      live.forEach(function (box) {
        fetch("/api/v1/rehearsals/" + encodeURIComponent(box.dataset.rehearsal) + "/injects", {
          credentials: "same-origin",
          headers: { "Accept": "application/json" }
        }).then(function (response) {
          if (!response.ok) { box.setAttribute("data-done", ""); return null; }
          return response.json();
        }).then(function (injects) {
          if (injects && !renderInjects(box, injects)) { box.setAttribute("data-done", ""); }
        }).catch(function () { /* the next tick tries again */ });
      });
    }
    timer = setInterval(poll, 2000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupTabs();
    setupFileLimits();
    setupLiveCheck();
    setupOnce();
    setupGotoLine();
    setupBroadcastProgress();
    setupRehearsalInjects();
    tickCountdowns();
    setInterval(tickCountdowns, 1000);
  });
})();
