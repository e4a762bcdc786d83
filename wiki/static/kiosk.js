// Candour kiosk: one question per screen, read aloud, and nothing left for the next person.
// The pages work without this script: every step is shown and the form still sends.
(function () {
  "use strict";
  var body = document.body;
  var startUrl = body.getAttribute("data-start-url") || "/kiosk/start";
  var wiping = false;

  // ---- Wiping: fields, DOM, storage, readable cookies, speech; then the start screen. ----
  function clearFields() {
    document.querySelectorAll("textarea, input").forEach(function (el) {
      if (el.type === "hidden") { return; }
      if (el.type === "radio" || el.type === "checkbox") { el.checked = false; } else { el.value = ""; }
    });
  }

  function clearCookies() {
    // The kiosk and session cookies are HttpOnly: the server clears the session at the start screen.
    document.cookie.split(";").forEach(function (part) {
      var name = part.split("=")[0].trim();
      if (!name) { return; }
      var expired = name + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0";
      document.cookie = expired + "; path=/";
      document.cookie = expired + "; path=" + location.pathname;
      document.cookie = expired;
    });
  }

  function wipe() {
    if (wiping) { return; }
    wiping = true;
    try { window.speechSynthesis && window.speechSynthesis.cancel(); } catch (e) { /* no speech */ }
    clearFields();
    var main = document.getElementById("main");
    if (main) { main.textContent = ""; }
    clearStorage();
    clearCookies();
    // replace, not assign: Back must not lead to the page that held the words.
    window.location.replace(startUrl);
  }
  window.candourKioskWipe = wipe;

  function clearStorage() {
    try { window.sessionStorage.clear(); } catch (e) { /* storage off */ }
    try { window.localStorage.clear(); } catch (e) { /* storage off */ }
  }
  if (body.hasAttribute("data-sent")) { clearStorage(); clearCookies(); }

  document.querySelectorAll("[data-wipe]").forEach(function (link) {
    link.addEventListener("click", function (event) { event.preventDefault(); wipe(); });
  });

  // Leaving the page (submit, Start again, timeout): leave no words in the page the
  // browser may keep for Back. The form's data is already taken when submit fires this.
  window.addEventListener("pagehide", function () {
    if (document.querySelector("[data-kiosk-form]") || body.hasAttribute("data-idle-seconds")) { clearFields(); }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { wiping = false; wipe(); }
  });

  // ---- One question per screen. ----
  var form = document.querySelector("[data-kiosk-form]");
  var steps = form ? Array.prototype.slice.call(form.querySelectorAll("[data-step]")) : [];
  var current = 0;

  function show(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.hidden = i !== current; });
    if (focus) {
      var heading = steps[current].querySelector(".kiosk-question");
      if (heading) { heading.focus(); }
    }
    window.scrollTo(0, 0);
  }

  if (steps.length) {
    form.querySelectorAll("[data-next], [data-back]").forEach(function (button) { button.hidden = false; });
    form.addEventListener("click", function (event) {
      var target = event.target.closest("[data-next], [data-back]");
      if (!target) { return; }
      show(current + (target.hasAttribute("data-next") ? 1 : -1), true);
    });
    var firstError = steps.findIndex(function (step) { return step.classList.contains("kiosk-step--error"); });
    show(firstError >= 0 ? firstError : 0, firstError >= 0);
    form.addEventListener("submit", function () {
      var send = form.querySelector("[data-send]");
      if (form.dataset.sent) { return; }
      form.dataset.sent = "1";
      if (send) { setTimeout(function () { send.disabled = true; }, 0); }
    });
  }

  // ---- Read aloud, with the browser's own voice (nothing leaves the device). ----
  var readButton = document.querySelector("[data-read-aloud]");
  if (readButton && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    readButton.hidden = false;
    readButton.addEventListener("click", function () {
      var synth = window.speechSynthesis;
      if (synth.speaking) { synth.cancel(); return; }
      var overlay = document.getElementById("still-there");
      var source = overlay && !overlay.hidden ? overlay : document.getElementById("main");
      var text = (source ? source.innerText : "").replace(/\s+/g, " ").trim();
      if (!text) { return; }
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = "en-GB";
      utterance.rate = 0.9;
      synth.speak(utterance);
    });
  }

  // ---- "Are you still there?" after a quiet spell, then a countdown, then the wipe. ----
  var idleSeconds = parseFloat(body.getAttribute("data-idle-seconds"));
  var countdownSeconds = parseFloat(body.getAttribute("data-countdown-seconds"));
  var overlay = document.getElementById("still-there");
  if (!(idleSeconds > 0) || !(countdownSeconds > 0) || !overlay) { return; }
  var countEl = overlay.querySelector("[data-countdown]");
  var stillHere = overlay.querySelector("[data-still-here]");
  var idleTimer = null;
  var tick = null;
  var deadline = 0;
  var lastFocus = null;

  function startIdle() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(ask, idleSeconds * 1000);
  }

  function ask() {
    lastFocus = document.activeElement;
    deadline = Date.now() + countdownSeconds * 1000;
    countEl.textContent = String(Math.ceil(countdownSeconds));
    overlay.hidden = false;
    stillHere.focus();
    tick = setInterval(function () {
      var left = Math.ceil((deadline - Date.now()) / 1000);
      if (left <= 0) { clearInterval(tick); wipe(); return; }
      countEl.textContent = String(left);
    }, 250);
  }

  function dismiss() {
    clearInterval(tick);
    overlay.hidden = true;
    if (lastFocus && lastFocus.focus) { lastFocus.focus(); }
    startIdle();
  }

  stillHere.addEventListener("click", dismiss);
  ["pointerdown", "keydown", "input", "touchstart", "wheel"].forEach(function (name) {
    document.addEventListener(name, function () { if (overlay.hidden) { startIdle(); } }, { passive: true, capture: true });
  });
  // Keep keyboard focus inside the question while it is showing.
  overlay.addEventListener("keydown", function (event) {
    if (event.key === "Tab") { event.preventDefault(); stillHere.focus(); }
  });
  startIdle();
})();
