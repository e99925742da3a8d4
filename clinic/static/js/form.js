// Small helps only: the form works the same without this file.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
  // Show the back-pain question only when "lower back" is ticked.
  var lowerBack = document.querySelector('input[name="pain_sites"][value="lower_back"]');
  var pattern = document.getElementById("back_pain_pattern");
  if (lowerBack && pattern) {
    var wrapper = pattern.closest(".field");
    var sync = function () { wrapper.hidden = !lowerBack.checked && pattern.value === "unsure"; };
    lowerBack.addEventListener("change", sync);
    sync();
  }
}());
