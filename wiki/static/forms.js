// Progressive enhancement for forms: the pages work without it.
(function () {
  // Move focus to the error summary so screen reader users hear what went wrong.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
  // Stop a second click sending the same form twice (the server also stores one note per form).
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-prevent-double-click]");
      if (!button) { return; }
      if (form.dataset.sent) { return; }
      form.dataset.sent = "1";
      setTimeout(function () { button.disabled = true; }, 0);
    });
  });
})();
