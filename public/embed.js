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
 * The chat itself runs in an iframe served by the bot, so the host page needs no other script or style.
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
  var CLOSE_ICON =
    'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';

  var stylesheet = el('link', { rel: 'stylesheet', href: origin + '/webchat/embed.css' });
  var root = el('aside', { class: 'lymph-chat lymph-chat--' + side, 'aria-label': title });
  root.style.setProperty('--lymph-accent', color);
  root.style.setProperty('--lymph-accent-text', textColor);

  var closeButton = el('button', { type: 'button', class: 'lymph-chat__close', 'aria-label': DEFAULTS.closeLabel }, [
    icon(CLOSE_ICON),
  ]);
  var panel = el('div', { id: id + '-panel', class: 'lymph-chat__panel', role: 'dialog', 'aria-labelledby': id + '-title' }, [
    el('div', { class: 'lymph-chat__header' }, [el('h2', { id: id + '-title', class: 'lymph-chat__title' }, [title]), closeButton]),
  ]);
  panel.hidden = true;
  var launcher = el('button', { type: 'button', class: 'lymph-chat__launcher', 'aria-expanded': 'false', 'aria-controls': id + '-panel' }, [
    icon(CHAT_ICON),
    el('span', {}, [label]),
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

  function focusFrame() {
    if (panel.hidden || !frame) return;
    frame.focus();
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'lymph:focus' }, origin);
  }

  function open() {
    if (!frame) {
      frame = el('iframe', {
        class: 'lymph-chat__frame',
        title: title,
        src: origin + '/webchat/frame?accent=' + encodeURIComponent(color),
      });
      frame.addEventListener('load', focusFrame);
      panel.appendChild(frame);
    }
    hideGreeting();
    panel.hidden = false;
    root.classList.add('lymph-chat--open');
    launcher.setAttribute('aria-expanded', 'true');
    focusFrame();
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
  // Escape pressed inside the chat frame arrives as a message from it.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'lymph:close') close();
  });

  function mount() {
    document.head.appendChild(stylesheet);
    root.appendChild(panel);
    if (bubble) root.appendChild(bubble);
    root.appendChild(launcher);
    document.body.appendChild(root);
    if (data.open === 'true') open();
  }

  function readableTextOn(hex) {
    function channel(i) {
      var c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    var luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0603 ? '#ffffff' : '#1a1a1a';
  }

  window.lymphChat = { open: open, close: close };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
