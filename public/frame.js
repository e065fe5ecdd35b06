/*
 * The chat frame: gets a Direct Line token from this origin (never a secret), renders Web Chat, and keeps
 * the conversation id and newest token in sessionStorage so a reload brings the same conversation back.
 */
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('webchat-settings').textContent);
  var container = document.getElementById('webchat');
  var errorBox = document.getElementById('webchat-error');
  var KEY = 'lymph.webchat.session';
  var FAILED_TO_CONNECT = 4;

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
    } catch (_error) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(session));
    } catch (_error) {
      // Storage blocked (private mode, third-party frame): the chat works, a reload starts afresh.
    }
  }

  function fail() {
    errorBox.hidden = false;
    container.hidden = true;
  }

  // The page asks for focus when the panel opens, often before Web Chat has rendered its send box:
  // remember the wish and grant it as soon as the box exists.
  var focusWanted = false;
  function focusSendBox() {
    var input = container.querySelector('.webchat__send-box-text-box__input');
    if (input) {
      focusWanted = false;
      input.focus();
    } else {
      focusWanted = true;
    }
  }
  new MutationObserver(function () {
    if (focusWanted) focusSendBox();
  }).observe(container, { childList: true, subtree: true });

  function start(session, previous) {
    if (!session.userId && previous) session.userId = previous.userId;
    save(session);
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: true,
    });
    // directlinejs refreshes its token every 15 minutes: keep the newest for the next reload.
    var remember = function () {
      if (directLine.token) save(Object.assign({}, session, { token: directLine.token }));
    };
    window.addEventListener('pagehide', remember);
    window.setInterval(remember, 60 * 1000);
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === FAILED_TO_CONNECT) fail();
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId || undefined,
        locale: settings.locale,
        nonce: settings.nonce,
        // Inside the page's <main>: a labelled region rather than a second main landmark.
        role: 'region',
        overrideLocalizedStrings: {
          TEXT_INPUT_PLACEHOLDER: settings.placeholder,
          ACTIVITY_BOT_SAID_ALT: settings.botSaid,
        },
        styleOptions: {
          accent: settings.accent,
          bubbleFromUserBackground: settings.accent,
          bubbleFromUserTextColor: settings.accentText,
          bubbleBorderRadius: 10,
          bubbleFromUserBorderRadius: 10,
          botAvatarInitials: undefined,
          disableFileUpload: true,
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        },
      },
      container,
    );
  }

  var previous = load();
  var resume = previous && previous.conversationId && previous.token ? { conversationId: previous.conversationId, token: previous.token } : {};
  window
    .fetch('/api/webchat/token', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(resume),
    })
    .then(function (response) {
      if (!response.ok) throw new Error('token request failed: ' + response.status);
      return response.json();
    })
    .then(function (session) {
      start(session, previous);
    })
    .catch(fail);

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type === 'lymph:focus') focusSendBox();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || event.defaultPrevented || window.parent === window) return;
    window.parent.postMessage({ type: 'lymph:close' }, '*');
  });
})();
