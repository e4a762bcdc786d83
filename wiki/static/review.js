// Select words in the note to fill in "Remove other words". Typing them works without this.
(function () {
  var phrase = document.getElementById("phrase");
  if (!phrase) { return; }
  document.querySelectorAll(".note-text").forEach(function (box) {
    box.addEventListener("mouseup", function () {
      var selected = String(window.getSelection() || "").trim();
      if (selected.length > 1 && selected.length <= 300) {
        phrase.value = selected;
        phrase.focus();
      }
    });
  });
})();
