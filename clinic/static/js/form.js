// Small helps only: the form works the same without this file.
(function () {
  "use strict";
  var form = document.querySelector("form.plan-form");

  // Show the back-pain question only when "lower back" is ticked (or it has a value).
  var lowerBack = document.querySelector('input[name="pain_sites"][value="lower_back"]');
  var pattern = document.getElementById("back_pain_pattern");
  if (lowerBack && pattern) {
    var wrapper = pattern.closest(".field");
    var sync = function () { wrapper.hidden = !lowerBack.checked && pattern.value === "unsure"; };
    lowerBack.addEventListener("change", sync);
    sync();
  }

  // Grouped lists: a filter box finds a value as you type, in any group (the groups work without it).
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  Array.prototype.forEach.call(document.querySelectorAll("fieldset.grouped"), function (set) {
    var groups = set.querySelectorAll("details.system");
    var wrap = document.createElement("div");
    wrap.className = "filter";
    var input = document.createElement("input");
    input.type = "search";
    input.id = set.id + "-filter";
    input.autocomplete = "off";
    var label = document.createElement("label");
    label.htmlFor = input.id;
    label.textContent = set.getAttribute("data-filter-label");
    var status = document.createElement("span");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    wrap.appendChild(label);
    wrap.appendChild(document.createTextNode(" "));
    wrap.appendChild(input);
    wrap.appendChild(status);
    var legend = set.querySelector("legend");
    var error = set.querySelector(".field-error");
    (error || legend).insertAdjacentElement("afterend", wrap);
    var opened = Array.prototype.map.call(groups, function (g) { return g.open; });
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var found = 0;
      Array.prototype.forEach.call(groups, function (group, index) {
        var hits = 0;
        Array.prototype.forEach.call(group.querySelectorAll("li"), function (item) {
          var text = fold(item.textContent + " " + (item.getAttribute("data-terms") || ""));
          var match = !query || text.indexOf(query) !== -1;
          item.hidden = !match;
          if (match) { hits += 1; }
        });
        group.hidden = query && !hits;
        if (query) {
          if (hits) { group.open = true; }
        } else {
          group.open = opened[index] || !!group.querySelector("input:checked");
        }
        found += query ? hits : 0;
      });
      status.textContent = query ? set.getAttribute("data-found").replace("{count}", String(found)) : "";
    });
    // Enter in the filter box must not submit the form.
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  });

  // Presets: the form without names, notes or dates, kept in this browser only.
  var box = document.getElementById("presets");
  if (!box || !form || !window.localStorage) { return; }
  var KEY = "pacing-plan-presets";
  var PRIVATE = ["csrf_token", "notes", "clinician-name", "clinician-contact", "follow_up", "start_date"];
  var list = document.getElementById("preset-list");
  var nameInput = document.getElementById("preset-name");
  var status = document.getElementById("preset-status");

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function store(presets) { localStorage.setItem(KEY, JSON.stringify(presets)); }
  function say(message) { status.textContent = message; }
  function refresh() {
    var presets = load();
    list.textContent = "";
    Object.keys(presets).sort().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      list.appendChild(option);
    });
    list.disabled = !list.options.length;
  }
  function snapshot() {
    var pairs = [];
    new FormData(form).forEach(function (value, key) {
      if (PRIVATE.indexOf(key) === -1) { pairs.push([key, String(value)]); }
    });
    return pairs;
  }
  function apply(pairs) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || PRIVATE.indexOf(el.name) !== -1) { return; }
      var values = pairs.filter(function (p) { return p[0] === el.name; }).map(function (p) { return p[1]; });
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = values.indexOf(el.value) !== -1;
      } else if (el.tagName === "SELECT" || el.tagName === "INPUT" || el.tagName === "TEXTAREA") {
        if (values.length) { el.value = values[0]; } else if (el.type !== "hidden") { el.value = ""; }
      }
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  document.getElementById("preset-save").addEventListener("click", function () {
    var name = nameInput.value.trim();
    if (!name) { say(box.dataset.msgName); nameInput.focus(); return; }
    var presets = load();
    presets[name] = snapshot();
    store(presets);
    refresh();
    list.value = name;
    say(box.dataset.msgSaved);
  });
  document.getElementById("preset-apply").addEventListener("click", function () {
    var presets = load();
    if (!list.value || !presets[list.value]) { return; }
    apply(presets[list.value]);
    say(box.dataset.msgApplied);
  });
  document.getElementById("preset-delete").addEventListener("click", function () {
    var presets = load();
    if (!list.value) { return; }
    delete presets[list.value];
    store(presets);
    refresh();
    say(box.dataset.msgDeleted);
  });
  box.hidden = false;
  refresh();
}());
