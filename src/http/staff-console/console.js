// The staff console: plain DOM, no framework, no CDN. Everything a person or staff member wrote is put on
// the page with textContent, never as HTML. Words come from the #words block in index.html.
(() => {
  const $ = (id) => document.getElementById(id);
  const word = (key) => document.querySelector(`[data-word="${key}"]`)?.textContent ?? key;
  const state = { me: null, csrf: '', selected: null, known: new Set(), events: null };

  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.text !== undefined) node.textContent = options.text;
    if (options.className) node.className = options.className;
    for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function time(iso) {
    return new Date(iso).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }

  async function api(method, url, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = state.csrf;
    const response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.reason || String(response.status));
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function showLogin() {
    $('login').hidden = false;
    $('app').hidden = true;
    $('whoami').hidden = true;
    $('logout').hidden = true;
    $('login-name').focus();
  }

  function showApp() {
    $('login').hidden = true;
    $('app').hidden = false;
    $('whoami').hidden = false;
    $('logout').hidden = false;
    $('whoami').textContent = `${word('signedInAs')}${state.me.name} (${state.me.role.replace('_', ' ')})`;
    loadTickets();
    loadSafety();
    $('clearance').hidden = false;
    listen();
    showContentNotice();
  }

  // Content not yet clinically signed: a plain note above the console (its words come from messages.yaml).
  async function showContentNotice() {
    try {
      const me = await api('GET', '/staff/api/me');
      if (!me.contentNotice || document.querySelector('.content-notice')) return;
      const note = document.createElement('p');
      note.className = 'content-notice';
      note.setAttribute('role', 'note');
      note.textContent = me.contentNotice;
      document.body.prepend(note);
    } catch {
      // The note only informs; the console works without it.
    }
  }

  function listen() {
    if (state.events) state.events.close();
    state.events = new EventSource('/staff/api/events');
    state.events.addEventListener('ticket', (event) => {
      const { id } = JSON.parse(event.data);
      loadTickets();
      if (id === state.selected) loadTicket(id);
    });
  }

  async function loadTickets() {
    let data;
    try {
      data = await api('GET', '/staff/api/tickets?status=open,claimed');
    } catch (error) {
      if (error.status === 401) return showLogin();
      return;
    }
    const list = $('tickets');
    list.replaceChildren();
    let fresh = 0;
    for (const ticket of data.tickets) {
      if (!state.known.has(ticket.id)) {
        if (state.known.size > 0 || list.dataset.loaded) fresh++;
        state.known.add(ticket.id);
      }
      list.append(el('li', {}, [ticketButton(ticket)]));
    }
    list.dataset.loaded = 'yes';
    $('queue-empty').hidden = data.tickets.length > 0;
    if (fresh > 0) {
      $('announce').textContent = word('newTicket');
      alertNewRequest();
    }
  }

  function ticketButton(ticket) {
    const badges = el('span', {}, [
      ticket.overdue ? el('span', { className: 'badge overdue', text: word('overdue') }) : null,
      ticket.needsClinician ? el('span', { className: 'badge', text: word('clinician') }) : null,
      el('span', { className: 'badge', text: word(`status.${ticket.status}`) }),
    ]);
    const meta = [
      word(`mode.${ticket.mode}`),
      channelName(ticket.channel),
      time(ticket.createdAt),
      ticket.queuePosition ? `${word('position')}${ticket.queuePosition}` : '',
      ticket.claimedBy ? `${word('claimedBy')}${ticket.claimedBy}` : '',
      ticket.contact ? ticket.contact.name : '',
    ].filter(Boolean);
    const button = el('button', { attrs: { type: 'button', 'data-ticket': ticket.id } }, [
      el('strong', { text: word(`reason.${ticket.reason}`) }),
      badges,
      el('span', { className: 'meta', text: meta.join(' · ') }),
    ]);
    if (ticket.id === state.selected) button.setAttribute('aria-current', 'true');
    button.addEventListener('click', () => {
      state.selected = ticket.id;
      loadTickets();
      loadTicket(ticket.id, true);
    });
    return button;
  }

  /** "directline" → "Website chat": the words live in #words; an unknown channel shows its id. */
  function channelName(id) {
    const known = document.querySelector(`[data-word="channel.${CSS.escape(id)}"]`);
    return known ? known.textContent : id;
  }

  function facts(target, rows) {
    target.replaceChildren();
    for (const [key, value] of rows) {
      if (value === undefined || value === null || value === '') continue;
      target.append(el('dt', { text: word(key) }), el('dd', { text: String(value) }));
    }
  }

  function chatLine(from, who, text, at) {
    return el('li', { className: from }, [el('span', { className: 'who', text: `${who} · ${time(at)}` }), el('span', { text })]);
  }

  async function loadTicket(id, focus = false) {
    let data;
    try {
      data = await api('GET', `/staff/api/tickets/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error.status === 401) return showLogin();
      $('action-error').textContent = error.message;
      return;
    }
    const t = data.ticket;
    $('detail').hidden = false;
    $('detail').dataset.ticket = t.id;
    $('detail-title').textContent = word(`reason.${t.reason}`);
    facts($('facts'), [
      ['fact.status', `${word(`status.${t.status}`)}${t.overdue ? ` (${word('overdue')})` : ''}`],
      ['fact.mode', word(`mode.${t.mode}`)],
      ['fact.channel', channelName(t.channel)],
      ['fact.created', time(t.createdAt)],
      ['fact.due', time(t.dueBy)],
      ['fact.claimedBy', t.claimedBy],
      ['fact.contactName', t.contact?.name],
      ['fact.phone', t.contact?.phone],
      ['fact.email', t.contact?.email],
    ]);
    $('screening').hidden = !t.screening;
    if (t.screening) {
      facts($('screening-facts'), [
        ['fact.outcome', t.screening.outcome],
        ['fact.clinicians', t.screening.clinicianKinds.join(', ')],
        ['fact.services', t.screening.allowedServices.join(', ')],
      ]);
      $('screening-reasons').replaceChildren(...t.screening.reasons.map((r) => el('li', { text: r })));
    }
    $('note-section').hidden = !t.note;
    $('note').textContent = t.note ?? '';
    $('excerpt').replaceChildren(
      ...t.excerpt.map((line) => chatLine(line.from, word(`from.${line.from}`), line.text, line.at)),
    );
    $('messages').replaceChildren(
      ...t.messages.map((m) => chatLine(m.from, m.author ?? word(`from.${m.from}`), m.text, m.at)),
    );
    $('claim').hidden = !t.claimable;
    const mine = t.status === 'claimed';
    $('close').hidden = !mine;
    $('reply-form').hidden = !(mine && t.mode === 'live');
    $('action-error').textContent = '';
    if (focus) $('detail-title').focus?.();
  }

  async function act(path, body) {
    const id = state.selected;
    if (!id) return;
    try {
      await api('POST', `/staff/api/tickets/${encodeURIComponent(id)}/${path}`, body ?? {});
      $('action-error').textContent = '';
    } catch (error) {
      if (error.status === 401) return showLogin();
      $('action-error').textContent = error.message;
    }
    await loadTickets();
    await loadTicket(id);
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    try {
      const data = await api('POST', '/staff/login', {
        name: $('login-name').value,
        password: $('login-password').value,
      });
      $('login-password').value = '';
      state.me = { name: data.name, role: data.role };
      state.csrf = data.csrfToken;
      showApp();
    } catch (error) {
      $('login-error').textContent = `${word('loginFailed')}${error.message}`;
    }
  });

  $('logout').addEventListener('click', async () => {
    try {
      await api('POST', '/staff/logout', {});
    } finally {
      if (state.events) state.events.close();
      state.me = null;
      showLogin();
    }
  });

  $('claim').addEventListener('click', () => act('claim'));
  $('close').addEventListener('click', () => act('close'));
  $('reply-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text) return;
    await act('messages', { text });
    $('reply-text').value = '';
    $('reply-text').focus();
  });
  $('detail-title').setAttribute('tabindex', '-1');

  // --- Writing a reply: Enter sends, Shift+Enter is a new line; the person sees "typing…" meanwhile ---
  $('reply-text').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    $('reply-form').requestSubmit();
  });
  let typingSentAt = 0;
  $('reply-text').addEventListener('input', () => {
    const now = Date.now();
    if (!state.selected || now - typingSentAt < 3000 || !$('reply-text').value.trim()) return;
    typingSentAt = now;
    api('POST', `/staff/api/tickets/${encodeURIComponent(state.selected)}/typing`, {}).catch(() => {});
  });

  // --- Alerts for new requests (opt-in, remembered in this browser): a chime and a notification ---
  const ALERTS_KEY = 'lymph.staff.alerts';
  const alertsWanted = () => $('alerts').checked;
  try {
    $('alerts').checked = localStorage.getItem(ALERTS_KEY) === 'on';
  } catch {
    // Storage blocked: the box starts unticked.
  }
  $('alerts').addEventListener('change', async () => {
    try {
      localStorage.setItem(ALERTS_KEY, alertsWanted() ? 'on' : 'off');
    } catch {
      // Not remembered; still on for this page.
    }
    if (alertsWanted() && 'Notification' in window && Notification.permission === 'default') {
      await Notification.requestPermission();
    }
  });
  function alertNewRequest() {
    if (!alertsWanted()) return;
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = 660;
      volume.gain.setValueAtTime(0.1, audio.currentTime);
      volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.4);
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
      tone.onended = () => audio.close();
    } catch {
      // No audio device or not allowed yet: the notification and the announcement remain.
    }
    if ('Notification' in window && Notification.permission === 'granted') {
      new Notification(word('newTicketNotice'), { tag: 'lymph-new-request' });
    }
  }

  (async () => {
    try {
      const me = await api('GET', '/staff/api/me');
      state.me = { name: me.name, role: me.role };
      state.csrf = me.csrfToken ?? '';
      const wanted = /#ticket=([^&]+)/.exec(location.hash);
      if (wanted) state.selected = decodeURIComponent(wanted[1]);
      showApp();
      if (state.selected) loadTicket(state.selected);
    } catch {
      showLogin();
    }
  })();

  // Urgent messages (safety events): flag, time, channel and conversation, never the message. A clinician
  // can lift a conversation's safety hold; the server checks the role and writes an audit line.
  async function loadSafety() {
    $('safety').hidden = false;
    $('safety-error').textContent = '';
    let data;
    try {
      data = await api('GET', '/staff/api/safety-events');
    } catch (error) {
      $('safety-error').textContent = error.message;
      return;
    }
    const list = $('safety-events');
    list.replaceChildren();
    $('safety-empty').hidden = data.events.length > 0;
    for (const event of data.events) {
      const label = event.lifted ? word('safety.lifted') : event.flagId;
      const item = el('li', {}, [
        el('span', { text: `${time(event.at)} · ${label} · ${event.channel ?? ''} · ${word('safety.conversation')}${event.conversationId}` }),
      ]);
      if (!event.lifted && state.me?.role === 'clinician') {
        const button = el('button', { text: word('safety.lift'), attrs: { type: 'button' } });
        button.addEventListener('click', async () => {
          try {
            await api('POST', `/staff/api/safety-events/${encodeURIComponent(event.conversationId)}/lift`, {});
            loadSafety();
          } catch (error) {
            $('safety-error').textContent = error.message;
          }
        });
        item.append(' ', button);
      }
      list.append(item);
    }
  }

  // A clearance reference from a booking card (needs_clearance): why an OK is needed, whose, and what to
  // leave out, never the person's answers. The server decides what front desk may see.
  $('clearance-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('clearance-error').textContent = '';
    const result = $('clearance-result');
    result.replaceChildren();
    const code = $('clearance-code').value.trim();
    try {
      const { clearance } = await api('GET', `/staff/api/clearances/${encodeURIComponent(code)}`);
      const list = (items) => (items.length > 0 ? items.join(', ') : word('clearance.none'));
      result.append(
        el('h3', { text: clearance.code }),
        el('p', { text: `${word('clearance.completed')}${time(clearance.completedAt)}` }),
        el('p', { text: `${word('clearance.reasons')}${list(clearance.reasons)}` }),
        el('p', { text: `${word('clearance.clinicians')}${list(clearance.clinicians)}` }),
        el('p', { text: `${word('clearance.leaveOut')}${list(clearance.leaveOut)}` }),
      );
      if (!clearance.sameRulesVersion) result.append(el('p', { text: word('clearance.rulesChanged') }));
    } catch (error) {
      $('clearance-error').textContent = error.message;
    }
  });
})();
