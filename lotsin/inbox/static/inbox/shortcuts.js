// Keyboard shortcuts for the inbox on a desktop, and the copy button. Nothing here is needed:
// every action is also a link or a button, so the pages work without JavaScript.
(function () {
  "use strict";

  function typing(event) {
    var el = event.target;
    return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll(".queue .post-link"));
  }

  function move(step) {
    var links = rows();
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? 0 : Math.min(Math.max(at + step, 0), links.length - 1);
    links[next].focus();
    links[next].closest(".post").scrollIntoView({ block: "nearest" });
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    var key = event.key;
    var handled = true;
    if (key === "j") move(1);
    else if (key === "k") move(-1);
    else if (key === "/") {
      var box = document.querySelector(".filters-box");
      if (box) { box.open = true; var first = box.querySelector("select"); if (first) first.focus(); }
    } else if (key === "c") handled = click('[data-shortcut="claim"]');
    else if (key === "r") {
      var reply = document.getElementById("reply-text");
      if (reply) reply.focus(); else handled = false;
    } else if (/^[1-3]$/.test(key)) handled = click('[data-shortcut="answer-' + key + '"]');
    else if (key === "Escape") handled = click('[data-shortcut="back"]');
    else handled = false;
    if (handled) event.preventDefault();
  });

  // One tap copies the reply for pasting into the group app.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.querySelector(button.getAttribute("data-copy"));
      navigator.clipboard.writeText(source.value).then(function () {
        button.classList.add("copied");
        button.setAttribute("aria-pressed", "true");
      });
    });
  });
})();
