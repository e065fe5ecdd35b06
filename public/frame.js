/*
 * The chat frame: gets a Direct Line token from this origin (never a secret), renders Web Chat, and keeps
 * the conversation id and newest token in sessionStorage so a reload brings the same conversation back.
 * Opened by /embed.js with ?preload=1 as soon as the widget is added, it loads Web Chat but connects only when the
 * page says the chat was opened ("lymph:start"). It tells the page when the chat is ready and when a reply
 * arrives (for the unread count), and shows team members' messages with their name and role. What the
 * person typed in the page's placeholder before it was ready comes as "lymph:send" and is sent from here.
 */
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('webchat-settings').textContent);
  var container = document.getElementById('webchat');
  var errorBox = document.getElementById('webchat-error');
  var KEY = 'lymph.webchat.session';
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;
  var SERVICE_CARD = 'application/vnd.lymph.service-card+json';
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;
  var embedded = window.parent !== window;
  var preload = /[?&]preload=1\b/.test(window.location.search) && embedded;

  function tellPage(message) {
    if (embedded) window.parent.postMessage(message, '*');
  }

  // Web Chat takes React elements from its middleware; this bundle does not expose React, so these are
  // built as the plain objects React.createElement returns (React 16, production build).
  function h(type, props) {
    var children = Array.prototype.slice.call(arguments, 2);
    var all = Object.assign({}, props);
    if (children.length > 0) all.children = children.length === 1 ? children[0] : children;
    return { $$typeof: REACT_ELEMENT, type: type, key: null, ref: null, props: all, _owner: null };
  }

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
    // The page shows the frame (with this message) instead of its placeholder.
    tellPage({ type: 'lymph:ready' });
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

  // A team member's message: their initials, name and role above the bubble; a join or leave notice: a
  // quiet line across the transcript. Both are marked by the server in channelData.lymphPerson.
  function activityMiddleware() {
    return function (next) {
      return function () {
        var render = next.apply(null, arguments);
        var activity = arguments[0] && arguments[0].activity;
        var person = activity && activity.channelData && activity.channelData.lymphPerson;
        if (!render || !person) return render;
        return function () {
          var bubble = render.apply(null, arguments);
          if (person.notice) return h('p', { className: 'lymph-notice' }, activity.text || '');
          return h(
            'div',
            { className: 'lymph-staff' },
            h(
              'p',
              { className: 'lymph-staff__who' },
              h('span', { className: 'lymph-staff__avatar', 'aria-hidden': 'true' }, person.initials || ''),
              h('span', { className: 'lymph-staff__name' }, person.name || ''),
              h('span', { className: 'lymph-staff__role' }, [person.role, settings.teamLabel].filter(Boolean).join(' · ')),
            ),
            bubble,
          );
        };
      };
    };
  }

  // A bookable service: a heading, its details, and a real link to the booking page (so the browser
  // styles it as visited), named in full for screen readers ("Book Lymphatic drainage massage, 60 minutes").
  function attachmentMiddleware() {
    return function (next) {
      return function (card) {
        var attachment = card && card.attachment;
        if (!attachment || attachment.contentType !== SERVICE_CARD) return next.apply(null, arguments);
        var service = attachment.content || {};
        return h(
          'article',
          { className: 'lymph-service' },
          h('h2', { className: 'lymph-service__title' }, service.title || ''),
          h('p', { className: 'lymph-service__details' }, service.details || ''),
          h(
            'div',
            { className: 'lymph-service__text' },
            (service.lines || []).map(function (line, index) {
              return Object.assign(h('p', {}, line), { key: String(index) });
            }),
          ),
          h(
            'a',
            {
              className: 'lymph-service__book',
              href: service.url,
              target: '_blank',
              rel: 'noopener',
              'aria-label': service.accessibleName || service.label,
            },
            service.label || '',
          ),
        );
      };
    };
  }

  // Every reply from the assistant or the team: the page counts those that arrive while the chat is closed.
  function storeMiddleware() {
    return function (next) {
      return function (action) {
        if (action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          var activity = action.payload && action.payload.activity;
          if (activity && activity.type === 'message' && activity.from && activity.from.role !== 'user')
            tellPage({ type: 'lymph:incoming' });
        }
        return next(action);
      };
    };
  }

  // Ready when connected and the send box is there: the page then swaps its placeholder for the chat.
  var connected = false;
  var readyTold = false;
  function tellReadyWhenUsable() {
    if (readyTold || !connected || !container.querySelector('.webchat__send-box-text-box__input')) return;
    readyTold = true;
    tellPage({ type: 'lymph:ready' });
  }
  new MutationObserver(tellReadyWhenUsable).observe(container, { childList: true, subtree: true });

  // What the person typed in the page's placeholder before the chat was ready: sent now, through this
  // conversation, as if typed here (so it shows once in the transcript), and an unsent draft kept.
  var store;
  function sendEarly(texts, draft) {
    if (!store) return;
    (texts || []).forEach(function (text) {
      if (typeof text === 'string' && text.trim()) store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text, method: 'keyboard' } });
    });
    if (typeof draft === 'string' && draft) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: draft } });
  }

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
      if (status === ONLINE) {
        connected = true;
        tellReadyWhenUsable();
      }
    });

    store = window.WebChat.createStore({}, storeMiddleware);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        activityMiddleware: activityMiddleware,
        attachmentMiddleware: attachmentMiddleware,
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

  var begun = false;
  function begin() {
    if (begun) return;
    begun = true;
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
  }
  if (!preload) begin();

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type === 'lymph:start') begin();
    if (event.data.type === 'lymph:focus') focusSendBox();
    if (event.data.type === 'lymph:send') sendEarly(event.data.texts, event.data.draft);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || event.defaultPrevented || window.parent === window) return;
    window.parent.postMessage({ type: 'lymph:close' }, '*');
  });
})();
