// termlint report: filters for the findings. Everything is in the page without this script; it
// only shows the filter form, hides what does not match, keeps the counts live and keeps the
// filter state in the URL fragment (#filter:severity=warning&rule=...) so a view can be shared.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var files = Array.prototype.slice.call(document.querySelectorAll("section.file"));
  var shown = document.getElementById("shown");
  var ruleSelect = form.elements.rule;
  var pathInput = form.elements.path;
  var SETS = ["severity", "category", "status"].filter(function (name) {
    return form.querySelector('input[name="' + name + '"]');
  });
  var PREFIX = "#filter:";
  var items = articles.map(function (el) {
    return {
      el: el,
      severity: el.dataset.severity,
      category: el.dataset.category,
      status: el.dataset.status || "",
      rule: el.dataset.rule,
      path: el.dataset.path.toLowerCase()
    };
  });

  function boxes(name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]'));
  }

  function state() {
    var s = { rule: ruleSelect.value, path: pathInput.value.trim().toLowerCase() };
    SETS.forEach(function (name) {
      s[name] = {};
      boxes(name).forEach(function (b) { if (b.checked) s[name][b.value] = true; });
    });
    return s;
  }

  // The facets an item fails, so counts can show what each choice would add.
  function failures(item, s) {
    var failed = [];
    SETS.forEach(function (name) { if (!s[name][item[name]]) failed.push(name); });
    if (s.rule && item.rule !== s.rule) failed.push("rule");
    if (s.path && item.path.indexOf(s.path) < 0) failed.push("path");
    return failed;
  }

  function apply() {
    var s = state();
    var counts = { rule: {} };
    SETS.forEach(function (name) { counts[name] = {}; });
    var visible = 0;
    var ruleTotal = 0;
    items.forEach(function (item) {
      var failed = failures(item, s);
      var hide = failed.length > 0;
      if (item.el.hidden !== hide) item.el.hidden = hide;
      if (!hide) visible += 1;
      SETS.concat(["rule"]).forEach(function (name) {
        var others = failed.filter(function (f) { return f !== name; });
        if (others.length === 0) {
          counts[name][item[name]] = (counts[name][item[name]] || 0) + 1;
          if (name === "rule") ruleTotal += 1;
        }
      });
    });
    files.forEach(function (section) {
      var any = section.querySelector("article.finding:not([hidden])") !== null;
      if (section.hidden === any) section.hidden = !any;
    });
    SETS.forEach(function (name) {
      form.querySelectorAll('.n[data-facet="' + name + '"]').forEach(function (span) {
        span.textContent = "(" + (counts[name][span.dataset.value] || 0) + ")";
      });
    });
    Array.prototype.forEach.call(ruleSelect.options, function (option) {
      if (option.hasAttribute("data-all")) {
        option.textContent = "All rules (" + ruleTotal + ")";
      } else {
        option.textContent = option.dataset.label + " (" + (counts.rule[option.value] || 0) + ")";
      }
    });
    shown.textContent = "Showing " + visible + " of " + items.length + " findings";
    writeHash(s);
  }

  function writeHash(s) {
    var params = new URLSearchParams();
    SETS.forEach(function (name) {
      var all = boxes(name);
      var on = all.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (on.length !== all.length) params.set(name, on.join(","));
    });
    if (s.rule) params.set("rule", s.rule);
    if (pathInput.value.trim()) params.set("path", pathInput.value.trim());
    var query = params.toString();
    var hash = query ? PREFIX + query : "";
    if (hash === location.hash) return;
    if (!hash && location.hash.indexOf(PREFIX) !== 0) return;
    history.replaceState(null, "", hash || location.pathname + location.search);
  }

  function readHash() {
    if (location.hash.indexOf(PREFIX) !== 0) return false;
    var params = new URLSearchParams(location.hash.slice(PREFIX.length));
    SETS.forEach(function (name) {
      var value = params.get(name);
      var on = value === null ? null : value.split(",");
      boxes(name).forEach(function (b) { b.checked = on === null || on.indexOf(b.value) >= 0; });
    });
    var rule = params.get("rule") || "";
    ruleSelect.value = Array.prototype.some.call(ruleSelect.options, function (o) {
      return o.value === rule;
    }) ? rule : "";
    pathInput.value = params.get("path") || "";
    return true;
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", function () { if (readHash()) apply(); });
  readHash();
  apply();
})();
