/* Lotsin as an app on the phone: installs the service worker, and keeps what the advisor typed
   in the new-post form on this phone (localStorage) until the post is saved. The draft is
   removed when the server confirms the post, when the advisor discards it, and on sign-out. */
(function () {
  "use strict";

  var DRAFT = "lotsin.capture.draft";
  var FIELDS = ["channel", "text", "posted_at", "author", "token"];
  var script = document.currentScript;

  function readDraft() {
    try {
      var draft = JSON.parse(window.localStorage.getItem(DRAFT) || "null");
      return draft && typeof draft.text === "string" && draft.text.trim() ? draft : null;
    } catch (error) {
      return null;
    }
  }

  function writeDraft(draft) {
    try {
      window.localStorage.setItem(DRAFT, JSON.stringify(draft));
    } catch (error) {
      /* private mode or storage full: the form still works, only without the draft */
    }
  }

  function clearDraft() {
    try {
      window.localStorage.removeItem(DRAFT);
    } catch (error) {
      /* nothing kept, nothing to clear */
    }
  }

  function keepDraft(form) {
    var submits = form.querySelectorAll("button[type=submit]");

    function values() {
      var draft = {};
      FIELDS.forEach(function (name) {
        var field = form.elements[name];
        if (field) {
          draft[name] = field.value;
        }
      });
      return draft;
    }

    function save() {
      var draft = values();
      if (draft.text && draft.text.trim()) {
        writeDraft(draft);
      } else {
        clearDraft();
      }
    }

    function restore(draft) {
      FIELDS.forEach(function (name) {
        var field = form.elements[name];
        if (!field || typeof draft[name] !== "string") {
          return;
        }
        if (field.tagName === "SELECT") {
          var known = Array.prototype.some.call(field.options, function (option) {
            return option.value === draft[name];
          });
          if (!known) {
            return;
          }
        }
        field.value = draft[name];
      });
      var notice = document.querySelector("[data-draft-notice]");
      if (notice) {
        notice.hidden = false;
        var discard = notice.querySelector("[data-draft-discard]");
        if (discard) {
          discard.addEventListener("click", function () {
            clearDraft();
            window.location.replace(window.location.pathname);
          });
        }
      }
    }

    var draft = readDraft();
    if (draft && form.hasAttribute("data-draft-restore")) {
      restore(draft);
    }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", function () {
      save(); // kept if the network is gone; the same token makes a resend safe
      window.setTimeout(function () {
        Array.prototype.forEach.call(submits, function (button) {
          button.disabled = true; // a double tap sends once
        });
      }, 0);
    });
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(submits, function (button) {
        button.disabled = false; // back from the offline page or the browser's history
      });
    });
  }

  /* The offline page was shown instead of the share target: keep what was shared. */
  function keepShared() {
    var target = script && script.getAttribute("data-capture");
    if (!target || window.location.pathname !== target || readDraft()) {
      return;
    }
    var params = new URLSearchParams(window.location.search);
    var title = (params.get("title") || "").trim();
    var text = (params.get("text") || "").trim();
    var url = (params.get("url") || "").trim();
    var parts = [];
    if (title && text.indexOf(title) === -1 && title !== url) {
      parts.push(title);
    }
    if (text) {
      parts.push(text);
    }
    if (url && text.indexOf(url) === -1) {
      parts.push(url);
    }
    if (!parts.length) {
      return;
    }
    writeDraft({ text: parts.join("\n") });
    var kept = document.querySelector("[data-shared-kept]");
    if (kept) {
      kept.hidden = false;
    }
  }

  function start() {
    if (document.querySelector(".message.capture-saved")) {
      clearDraft();
    }
    Array.prototype.forEach.call(
      document.querySelectorAll("form[data-clears-drafts]"),
      function (form) {
        form.addEventListener("submit", clearDraft);
      }
    );
    var form = document.querySelector("form[data-draft]");
    if (form) {
      keepDraft(form);
    }
    if (document.documentElement.hasAttribute("data-offline")) {
      keepShared();
    }
  }

  if ("serviceWorker" in navigator && script && script.getAttribute("data-sw")) {
    var worker = script.getAttribute("data-sw");
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(worker).catch(function () {
        /* no service worker (old browser, private mode): Lotsin works online as before */
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
