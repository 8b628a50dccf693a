// Keyboard shortcuts of the Signalen pages (documented on the pages under "Sneltoetsen"). Progressive enhancement
// only: every action is an ordinary form button, so the pages work the same without this file.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }

  function focus(selector) {
    var el = document.querySelector(selector);
    if (el) { el.focus(); return true; }
    return false;
  }

  var links = Array.prototype.slice.call(document.querySelectorAll("#signalen a.signal-link"));

  function move(step) {
    var index = links.indexOf(document.activeElement);
    var next = index < 0 ? 0 : Math.min(Math.max(index + step, 0), links.length - 1);
    if (links[next]) { links[next].focus(); }
  }

  function toggleCurrent() {
    var row = document.activeElement && document.activeElement.closest("tr[data-message]");
    var box = row && row.querySelector("input[type=checkbox]");
    if (box) { box.checked = !box.checked; }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) { return; }
    var handled = false;
    if (links.length > 0) {
      // Queue page.
      switch (event.key) {
        case "j": move(1); handled = true; break;
        case "k": move(-1); handled = true; break;
        case "x": toggleCurrent(); handled = true; break;
        case "b": handled = click("#bulk button[data-shortcut=b]"); break;
        case "a": handled = click("#bulk button[data-shortcut=a]"); break;
      }
    } else {
      // Detail page.
      switch (event.key) {
        case "b": handled = click("#bevestigen button"); break;
        case "a": handled = click("#afwijzen button"); break;
        case "h": handled = focus("#herlabelen input[type=checkbox]"); break;
        case "o": handled = focus("#toegewezen"); break;
        case "u": window.location.href = "/signalen"; handled = true; break;
      }
    }

    if (handled) { event.preventDefault(); }
  });
})();
