// recharge-channel: the little the pages need beyond htmx. Everything works without it; it only tidies.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel of the selected tab shows. Without
  // JavaScript every panel shows, one under the other. A tab whose panel holds an error opens first.
  function initTabs(root) {
    var tabs = Array.prototype.slice.call(root.querySelectorAll('[role="tab"]'));
    function select(tab, focus, remember) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
      });
      if (focus) tab.focus();
      if (remember && history.replaceState) history.replaceState(null, "", "#" + tab.dataset.tab);
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false, true); });
      tab.addEventListener("keydown", function (e) {
        var next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : null;
        if (next === null) return;
        e.preventDefault();
        select(tabs[(next + tabs.length) % tabs.length], true, true);
      });
    });
    var wanted = tabs.filter(function (t) { return t.querySelector(".dot"); })[0]
      || tabs.filter(function (t) { return "#" + t.dataset.tab === location.hash; })[0]
      || tabs[0];
    if (wanted) select(wanted, false);
    // A link in the error summary to a field in a hidden panel opens that panel first.
    document.querySelectorAll(".error-summary a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function () {
        var field = document.getElementById(link.getAttribute("href").slice(1));
        var panel = field && field.closest('[role="tabpanel"]');
        if (panel) select(document.querySelector('[aria-controls="' + panel.id + '"]'), false);
      });
    });
  }

  // A confirmation the page already wrote (data-confirm), asked before a dangerous form is sent.
  function initConfirm(form) {
    form.addEventListener("submit", function (e) {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }

  function initToast(toast) {
    setTimeout(function () { toast.classList.add("toast-hide"); }, 6000);
    setTimeout(function () { toast.remove(); }, 6400);
  }

  // A colour picker beside a #rrggbb field: picking fills the field, typing moves the picker.
  function initColour(picker) {
    var field = document.getElementById(picker.dataset.colourFor);
    picker.addEventListener("input", function () { field.value = picker.value; });
    field.addEventListener("input", function () {
      if (/^#[0-9a-fA-F]{6}$/.test(field.value)) picker.value = field.value.toLowerCase();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[type=color][data-colour-for]").forEach(initColour);
    document.querySelectorAll("[data-tabs]").forEach(initTabs);
    document.querySelectorAll("form[data-confirm]").forEach(initConfirm);
    document.querySelectorAll(".toast[data-autohide]").forEach(initToast);
    var summary = document.querySelector(".error-summary");
    if (summary) summary.focus();
  });
})();

// The live orders board (issue 11): the server's events (/api/orders/events) say which orders changed on any
// instance; the board's table is re-read with htmx (keeping what was selected), new orders are counted in a small
// notice and flash once. EventSource reconnects by itself; after a gap the table is read again, since events
// sent meanwhile are gone.
(function () {
  "use strict";
  function initLiveBoard(board) {
    var fragment = board.dataset.fragment;
    var notice = document.getElementById("live-notice");
    var noticeText = document.getElementById("live-notice-text");
    var fresh = {};
    var waiting = null;
    var lost = false;

    function selected() {
      return Array.prototype.map.call(board.querySelectorAll("input[name=orderId]:checked"), function (c) { return c.value; });
    }
    function refresh() {
      waiting = null;
      var keep = selected();
      htmx.ajax("GET", fragment, { target: board, swap: "innerHTML" }).then(function () {
        keep.forEach(function (id) {
          var box = document.getElementById("select-" + id);
          if (box) box.checked = true;
        });
        Object.keys(fresh).forEach(function (id) {
          var row = document.getElementById("order-" + id);
          if (row) row.classList.add("row-new");
        });
      });
    }
    function soon() {
      if (!waiting) waiting = setTimeout(refresh, 300);
    }
    function announce(count) {
      if (!notice || count === 0) return;
      noticeText.textContent = count === 1 ? "1 new order" : count + " new orders";
      notice.hidden = false;
    }
    if (notice) {
      document.getElementById("live-notice-show").addEventListener("click", function () {
        notice.hidden = true;
        fresh = {};
        board.scrollIntoView({ behavior: "smooth" });
      });
    }
    var source = new EventSource("/api/orders/events");
    source.addEventListener("order", function (e) {
      var change = JSON.parse(e.data);
      if (change.change === "imported" && !fresh[change.id]) {
        fresh[change.id] = true;
        announce(Object.keys(fresh).length);
      }
      soon();
    });
    source.addEventListener("resync", soon);
    source.addEventListener("open", function () {
      if (lost) soon();
      lost = false;
    });
    source.addEventListener("error", function () { lost = true; });
    window.addEventListener("pagehide", function () { source.close(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-live-board]").forEach(initLiveBoard);
  });
})();
