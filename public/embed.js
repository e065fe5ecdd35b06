/*
 * Lymph chat widget. Add it to any page with one tag:
 *   <script src="https://chat.example.com/embed.js" defer></script>
 * Optional data- attributes on that tag:
 *   data-color="#2E6B5E"       button and header colour (#RRGGBB)
 *   data-text-color="#ffffff"  text on that colour (default: white or near-black, whichever reads better)
 *   data-position="right"      "right" (default) or "left"
 *   data-greeting="…"          the bubble beside the closed button; data-greeting="" shows none
 *   data-label="…"             the button's text;  data-title="…"  the panel's title
 *   data-open="true"           open the chat when the page loads
 *   data-sound="true"          a short chime when a reply arrives while the chat is closed
 * The chat itself runs in an iframe served by the bot, so the host page needs no other script or style.
 * It opens at once: the panel shows a placeholder with the welcome and a message box while the frame
 * (preloaded as soon as the widget is added) connects; messages typed meanwhile are sent once it has. On a phone it is a full-screen sheet sized to the visible viewport, so the
 * on-screen keyboard never hides the message box.
 */
(function () {
  'use strict';
  var DEFAULTS = /*LYMPH_DEFAULTS*/ {};
  var script = document.currentScript;
  if (!script || window.lymphChat) return;

  var origin = new URL(script.src, window.location.href).origin;
  var data = script.dataset || {};
  var COLOUR = /^#[0-9a-fA-F]{6}$/;
  var color = COLOUR.test(data.color || '') ? data.color : DEFAULTS.color;
  var textColor = COLOUR.test(data.textColor || '') ? data.textColor : readableTextOn(color);
  var side = data.position === 'left' || data.position === 'bottom-left' ? 'left' : 'right';
  var label = data.label || DEFAULTS.launcherLabel;
  var title = data.title || DEFAULTS.panelTitle;
  var greeting = data.greeting !== undefined ? data.greeting : DEFAULTS.greeting;
  var id = 'lymph-chat';
  var frame;

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function icon(path) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('fill', 'currentColor');
    svg.appendChild(shape);
    return svg;
  }

  var CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
  var SEND_ICON = 'M3 20.5 21.5 12 3 3.5 3 10l13 2-13 2z';
  var CLOSE_ICON =
    'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';

  var stylesheet = el('link', { rel: 'stylesheet', href: origin + '/webchat/embed.css' });
  var root = el('aside', { class: 'lymph-chat lymph-chat--' + side, 'aria-label': title });
  root.style.setProperty('--lymph-accent', color);
  root.style.setProperty('--lymph-accent-text', textColor);

  var closeButton = el('button', { type: 'button', class: 'lymph-chat__close', 'aria-label': DEFAULTS.closeLabel }, [
    icon(CLOSE_ICON),
  ]);
  // Drawn at once on open, replaced by the chat when it is ready: the welcome, a few grey lines, and a
  // real message box. What the person sends before the chat is ready waits here (shown as their own
  // bubbles) and is handed to the chat, which sends it through its conversation once connected.
  var earlyMessages = el('div', { class: 'lymph-chat__early-messages' });
  var earlyInput = el('input', {
    type: 'text',
    class: 'lymph-chat__early-input',
    'aria-label': DEFAULTS.inputPlaceholder,
    placeholder: DEFAULTS.inputPlaceholder,
    autocomplete: 'off',
    maxlength: '2000',
  });
  var earlyForm = el('form', { class: 'lymph-chat__early' }, [
    earlyInput,
    el('button', { type: 'submit', class: 'lymph-chat__early-send', 'aria-label': DEFAULTS.sendLabel }, [icon(SEND_ICON)]),
  ]);
  var placeholder = el('div', { class: 'lymph-chat__placeholder' }, [
    el('div', { class: 'lymph-chat__placeholder-scroll' }, [
      el('p', { class: 'lymph-chat__welcome' }, [DEFAULTS.welcome]),
      earlyMessages,
      el('div', { class: 'lymph-chat__skeleton', 'aria-hidden': 'true' }, [
        el('span', { class: 'lymph-chat__skeleton-line' }),
        el('span', { class: 'lymph-chat__skeleton-line lymph-chat__skeleton-line--short' }),
      ]),
      el('p', { class: 'lymph-chat__loading', role: 'status' }, [DEFAULTS.loadingLabel]),
    ]),
    earlyForm,
  ]);
  var body = el('div', { class: 'lymph-chat__body' }, [placeholder]);
  var waiting = [];
  earlyForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = earlyInput.value.trim();
    if (!text) return;
    earlyInput.value = '';
    if (ready) {
      post({ type: 'lymph:send', texts: [text] });
      return;
    }
    waiting.push(text);
    earlyMessages.appendChild(el('p', { class: 'lymph-chat__early-message' }, [text]));
  });
  var panel = el('div', { id: id + '-panel', class: 'lymph-chat__panel', role: 'dialog', 'aria-labelledby': id + '-title' }, [
    el('div', { class: 'lymph-chat__header' }, [el('h2', { id: id + '-title', class: 'lymph-chat__title' }, [title]), closeButton]),
    body,
  ]);
  panel.hidden = true;
  var badge = el('span', { class: 'lymph-chat__badge', 'aria-hidden': 'true' });
  badge.hidden = true;
  var unreadText = el('span', { class: 'lymph-chat__visually-hidden' });
  var launcher = el('button', { type: 'button', class: 'lymph-chat__launcher', 'aria-expanded': 'false', 'aria-controls': id + '-panel' }, [
    icon(CHAT_ICON),
    el('span', {}, [label]),
    unreadText,
    badge,
  ]);

  var bubble;
  if (greeting) {
    var dismiss = el('button', { type: 'button', class: 'lymph-chat__dismiss', 'aria-label': DEFAULTS.greetingDismissLabel }, [
      icon(CLOSE_ICON),
    ]);
    bubble = el('div', { class: 'lymph-chat__greeting' }, [el('p', {}, [greeting]), dismiss]);
    dismiss.addEventListener('click', hideGreeting);
  }

  function hideGreeting() {
    if (bubble && bubble.parentNode) bubble.parentNode.removeChild(bubble);
    bubble = undefined;
  }

  // The frame: made as soon as the widget is added (its Web Chat bundle is fetched at low priority), it
  // loads and parses the bundle but connects only when the chat is first opened, so a visit that never
  // opens it starts no conversation. Made at once rather than when the page is idle: a person who clicks
  // in the first seconds then waits 2–3 s less for the chat on a mid-range phone (npm run bench:webchat).
  var frameLoaded = false;
  var started = false;
  var ready = false;
  function ensureFrame() {
    if (frame) return;
    frame = el('iframe', {
      class: 'lymph-chat__frame',
      title: title,
      src: origin + '/webchat/frame?preload=1&accent=' + encodeURIComponent(color),
    });
    frame.addEventListener('load', function () {
      frameLoaded = true;
      if (started) post({ type: 'lymph:start' });
    });
    body.appendChild(frame);
  }

  function post(message) {
    if (frame && frame.contentWindow) frame.contentWindow.postMessage(message, origin);
  }

  function focusFrame() {
    if (panel.hidden || !frame || !ready) return;
    frame.focus();
    post({ type: 'lymph:focus' });
  }

  // On a phone the sheet follows the visual viewport: when the keyboard opens, the sheet shrinks to
  // what is still visible instead of sliding under it.
  var viewport = window.visualViewport;
  function fitToViewport() {
    if (!viewport || panel.hidden) return;
    root.style.setProperty('--lymph-viewport-height', viewport.height + 'px');
    root.style.setProperty('--lymph-viewport-top', viewport.offsetTop + 'px');
  }
  if (viewport) {
    viewport.addEventListener('resize', fitToViewport);
    viewport.addEventListener('scroll', fitToViewport);
  }

  // Replies that arrive while the chat is closed: a count on the button, in the page title, a chime.
  var unread = 0;
  var pageTitle = document.title;
  function showUnread() {
    badge.hidden = unread === 0;
    badge.textContent = unread > 0 ? String(unread) : '';
    unreadText.textContent = unread > 0 ? ', ' + unread + ' ' + DEFAULTS.unreadLabel : '';
    document.title = unread > 0 ? '(' + unread + ') ' + pageTitle : pageTitle;
  }
  function chime() {
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (data.sound !== 'true' || !AudioContext) return;
    try {
      var audio = new AudioContext();
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.setValueAtTime(0.08, audio.currentTime);
      volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.3);
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.3);
      tone.onended = function () {
        audio.close();
      };
    } catch (_error) {
      // No sound allowed before the person has interacted with the page: the badge and title still show.
    }
  }

  function open() {
    ensureFrame();
    hideGreeting();
    panel.hidden = false;
    root.classList.add('lymph-chat--open');
    launcher.setAttribute('aria-expanded', 'true');
    fitToViewport();
    if (!started) {
      started = true;
      if (frameLoaded) post({ type: 'lymph:start' });
    }
    unread = 0;
    showUnread();
    if (ready) focusFrame();
    else earlyInput.focus();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    root.classList.remove('lymph-chat--open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) open();
    else close();
  });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  // What the chat frame tells the page: Escape pressed, the chat is ready, a reply arrived.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow || !event.data) return;
    var type = event.data.type;
    if (type === 'lymph:close') close();
    else if (type === 'lymph:ready' && !ready) {
      ready = true;
      // Sent exactly once, by the chat itself: the waiting messages leave the placeholder as they go in.
      post({ type: 'lymph:send', texts: waiting, draft: earlyInput.value });
      waiting = [];
      earlyInput.value = '';
      root.classList.add('lymph-chat--ready');
      focusFrame();
    } else if (type === 'lymph:incoming' && panel.hidden) {
      unread++;
      showUnread();
      chime();
    }
  });

  function mount() {
    document.head.appendChild(stylesheet);
    root.appendChild(panel);
    if (bubble) root.appendChild(bubble);
    root.appendChild(launcher);
    document.body.appendChild(root);
    window.lymphChat = { open: open, close: close };
    if (data.open === 'true') open();
    else ensureFrame();
  }

  // Ask the chat server whether this site may show the chat before showing a button that would open a
  // broken frame; if it may not, stay hidden and tell the site's developer why.
  function checkThenMount() {
    window
      .fetch(origin + '/webchat/allowed', { mode: 'cors', credentials: 'omit' })
      .then(function (response) {
        return response.ok ? response.json() : { allowed: true };
      })
      .catch(function () {
        // The server is unreachable: show the button; the panel explains it cannot connect.
        return { allowed: true };
      })
      .then(function (answer) {
        if (answer && answer.allowed === false) {
          console.warn('[lymph-chat] ' + DEFAULTS.notAllowedLog + ' (' + window.location.origin + ')');
          return;
        }
        if (document.body) mount();
        else document.addEventListener('DOMContentLoaded', mount);
      });
  }

  function readableTextOn(hex) {
    function channel(i) {
      var c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    var luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0603 ? '#ffffff' : '#1a1a1a';
  }

  window.lymphChat = { open: function () {}, close: function () {} };
  checkThenMount();
})();
