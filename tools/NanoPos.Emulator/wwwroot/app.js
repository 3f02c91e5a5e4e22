// nanoPos virtual terminal: draws the firmware's framebuffer, sends keys and QA controls, polls state.
// Plain JavaScript, no build step. Endpoints: see tools/NanoPos.Emulator/README.md.
'use strict';

(function () {
  const SCALE = 4;                        // each display pixel is a SCALE x SCALE square
  const ON = '#9fe6ff', OFF = '#03070a';  // OLED colours (also in style.css)
  const STATE_MS = 100, PANEL_MS = 1000, TIMEOUT_MS = 12000; // above the server's 10 s busy answer

  // Key names (NanoPos.Hal.Key) -> the small word printed under the label.
  const KEY_WORDS = { Menu: 'menu', Function1: 'F1', Function2: 'F2', Clear: 'clear', Cancel: 'cancel', Enter: 'enter' };
  const KEY_CLASS = { Menu: 'fn', Function1: 'fn', Function2: 'fn', Clear: 'clear', Cancel: 'cancel', Enter: 'enter' };
  // Computer keyboard (event.key) -> key name. Documented on the page.
  const KEYBOARD = {
    Enter: 'Enter', '#': 'Enter',
    Backspace: 'Clear', Delete: 'Clear', d: 'Clear', D: 'Clear',
    Escape: 'Cancel', '*': 'Cancel',
    m: 'Menu', M: 'Menu', a: 'Menu', A: 'Menu',
    F1: 'Function1', b: 'Function1', B: 'Function1',
    F2: 'Function2', c: 'Function2', C: 'Function2',
  };
  for (let d = 0; d <= 9; d++) KEYBOARD[String(d)] = 'Digit' + d;

  const $ = (id) => document.getElementById(id);
  const canvas = $('display');
  const ctx = canvas.getContext('2d', { alpha: false });

  // What the page last drew, for tests and QA (window.nanoPos.lastFrame is the base64 the canvas shows).
  const page = window.nanoPos = { lastFrame: null, lastVersion: -1, frames: 0, keysSent: 0, state: null, panel: null };

  async function call(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const init = { method, signal: controller.signal, headers: {} };
      if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
      const response = await fetch(path, init);
      const json = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(json.error || (method + ' ' + path + ': HTTP ' + response.status));
      setConnection(true);
      return json;
    } catch (e) {
      if (e.name === 'AbortError' || e instanceof TypeError) setConnection(false);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  function setConnection(ok) {
    const el = $('connection');
    el.textContent = ok ? 'connected' : 'emulator not answering — retrying';
    el.className = 'connection ' + (ok ? 'ok' : 'lost');
  }

  function showError(text) {
    const el = $('error');
    el.hidden = !text;
    el.textContent = text || '';
  }

  // ---- display ----
  function draw(frame) {
    if (!frame || frame.data === page.lastFrame) return;
    const bytes = Uint8Array.from(atob(frame.data), (c) => c.charCodeAt(0));
    const w = frame.width, h = frame.height;
    if (canvas.width !== w * SCALE || canvas.height !== h * SCALE) {
      canvas.width = w * SCALE; canvas.height = h * SCALE;
      canvas.style.width = canvas.width + 'px'; canvas.style.height = canvas.height + 'px';
    }
    ctx.fillStyle = OFF;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = ON;
    for (let page8 = 0; page8 < h / 8; page8++) {
      for (let x = 0; x < w; x++) {
        const b = bytes[page8 * w + x];
        if (!b) continue;
        for (let bit = 0; bit < 8; bit++) {
          if (b & (1 << bit)) ctx.fillRect(x * SCALE, (page8 * 8 + bit) * SCALE, SCALE, SCALE);
        }
      }
    }
    page.lastFrame = frame.data;
    page.frames++;
  }

  // ---- state ----
  let lastPowerCuts = null, powerFlashUntil = 0, delayEdited = false;

  function render(state) {
    if (!state || state.version < page.lastVersion) return; // an older answer overtaken by a newer one
    page.lastVersion = state.version;
    page.state = state;
    draw(state.frame);
    $('screen-name').textContent = state.screen || '–';
    $('sim-time').textContent = (state.simTimeMs / 1000).toFixed(1) + ' s';
    const text = (state.text || []).join('\n');
    if ($('screen-text').textContent !== text) $('screen-text').textContent = text;

    const ind = state.indicators || {}, ctl = state.controls || {};
    setLed('led-link', ind.link ? 'on' : 'off', 'link to the acquirer host' + (ind.linkSecurity ? ': ' + ind.linkSecurity : ''));
    if ($('link-security').textContent !== (ind.linkSecurity || '')) $('link-security').textContent = ind.linkSecurity || '';
    setLed('led-host', ctl.hostMaintenance ? 'warn' : 'on', ctl.hostMaintenance ? 'host: maintenance' : 'host: answering');
    setLed('led-reversals', ind.pendingReversals > 0 ? 'warn' : '', 'reversals waiting for the host: ' + ind.pendingReversals);
    $('reversal-count').textContent = String(ind.pendingReversals || 0);
    if (lastPowerCuts !== null && ind.powerCuts > lastPowerCuts) powerFlashUntil = Date.now() + 800;
    lastPowerCuts = ind.powerCuts;
    const flashing = Date.now() < powerFlashUntil;
    setLed('led-power', flashing || !ind.power ? 'off' : 'on', flashing ? 'power cut: rebooting' : 'power on (cuts so far: ' + ind.powerCuts + ')');

    $('network-toggle').textContent = ctl.networkUp ? 'Drop network' : 'Restore network';
    $('network-toggle').classList.toggle('active', !ctl.networkUp);
    $('network-state').textContent = ctl.networkUp ? 'network up' : 'network down: the terminal cannot reach the host';
    if (document.activeElement !== $('host-maintenance')) $('host-maintenance').checked = !!ctl.hostMaintenance;
    // A delay being typed is not overwritten by a poll (until Set, or until it is undone).
    if (!delayEdited && document.activeElement !== $('host-delay')) $('host-delay').value = String(ctl.hostDelayMs || 0);
    if (document.activeElement !== $('language')) $('language').value = ctl.language || 'English';
    renderFaults(ctl);
    showError(state.error ? 'The firmware reported: ' + state.error : '');
  }

  // ---- self-test faults (hidden when the terminal has none: a test double) ----
  const FAULTS = ['displayBusError', 'flashWriteFailure', 'flashFull', 'clockNotSet', 'wifiDown', 'weakSignal', 'dnsFailure',
    'hostRefusesTcp', 'tlsUntrusted', 'hostSilent', 'hostBadMac', 'lowMemory'];
  function renderFaults(ctl) {
    const has = ctl.lowMemory !== null && ctl.lowMemory !== undefined;
    $('faults').hidden = !has;
    $('faults-title').hidden = !has;
    if (!has) return;
    for (const name of FAULTS) {
      const box = $('fault-' + name);
      if (document.activeElement !== box) box.checked = !!ctl[name];
      box.parentElement.classList.toggle('on', !!ctl[name]);
    }
    const dead = $('fault-deadKey');
    if (document.activeElement !== dead) dead.value = ctl.deadKey || 'None';
    dead.parentElement.classList.toggle('on', !!ctl.deadKey && ctl.deadKey !== 'None');
  }

  function setLed(id, cls, title) {
    const el = $(id);
    el.className = 'led' + (cls ? ' ' + cls : '');
    if (title) el.title = title;
  }

  async function pollState() {
    try { render(await call('GET', '/api/state')); } catch (e) { /* shown by setConnection */ }
    setTimeout(pollState, STATE_MS);
  }

  // ---- side panel ----
  function renderTable(id, table) {
    const el = $(id);
    const cols = (table && table.columns) || [], rows = (table && table.rows) || [];
    const head = '<tr>' + cols.map((c) => '<th>' + esc(c) + '</th>').join('') + '</tr>';
    const stateCol = cols.indexOf('state');
    const body = rows.length === 0
      ? '<tr><td class="empty" colspan="' + Math.max(cols.length, 1) + '">none</td></tr>'
      : rows.map((r) => '<tr>' + r.map((cell, i) =>
          '<td' + (i === stateCol ? ' class="state-' + esc(String(cell).toLowerCase()) + '"' : '') + '>' + esc(cell) + '</td>').join('') + '</tr>').join('');
    const html = '<thead>' + head + '</thead><tbody>' + body + '</tbody>';
    if (el.innerHTML !== html) el.innerHTML = html;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  async function pollPanel() {
    try {
      const panel = await call('GET', '/api/panel');
      page.panel = panel;
      renderTable('table-ledger', panel.hostLedger);
      renderTable('table-journal', panel.journal);
      renderTable('table-batch', panel.batch);
      renderTable('table-reversals', panel.pendingReversals);
      renderTable('table-history', panel.history);
    } catch (e) { /* retried */ }
    setTimeout(pollPanel, PANEL_MS);
  }

  // ---- keys: one queue so presses reach the firmware in the order they were made ----
  let keyQueue = Promise.resolve();
  function press(key) {
    const button = document.querySelector('#keypad button[data-key="' + key + '"]');
    if (button) { button.classList.add('pressed'); setTimeout(() => button.classList.remove('pressed'), 120); }
    keyQueue = keyQueue.then(async () => {
      try { render(await call('POST', '/api/key', { key })); page.keysSent++; } catch (e) { showError(String(e.message || e)); }
    });
    return keyQueue;
  }
  page.press = press;

  async function buildKeypad() {
    let layout;
    for (;;) {
      try { layout = await call('GET', '/api/keypad'); break; } catch (e) { await new Promise((r) => setTimeout(r, 500)); }
    }
    const pad = $('keypad');
    pad.innerHTML = '';
    for (const row of layout.rows) {
      for (const k of row) {
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset.key = k.key;
        b.id = 'key-' + k.key;
        b.className = KEY_CLASS[k.key] || '';
        b.title = k.key;
        b.innerHTML = esc(k.label) + (KEY_WORDS[k.key] ? '<small>' + esc(KEY_WORDS[k.key]) + '</small>' : '');
        b.addEventListener('click', () => press(k.key));
        b.addEventListener('mousedown', (e) => e.preventDefault()); // keep keyboard focus on the page
        pad.appendChild(b);
      }
    }
    pad.dataset.ready = 'true';
  }

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    const key = KEYBOARD[e.key];
    if (!key) return;
    e.preventDefault();
    if (!e.repeat) press(key);
  });

  // ---- QA controls ----
  async function control(body) {
    try { render(await call('POST', '/api/controls', body)); showError(''); } catch (e) { showError(String(e.message || e)); }
  }
  $('cut-power').addEventListener('click', async () => {
    try { render(await call('POST', '/api/power/cut', {})); } catch (e) { showError(String(e.message || e)); }
  });
  $('network-toggle').addEventListener('click', () => control({ networkUp: !(page.state && page.state.controls.networkUp) }));
  $('host-maintenance').addEventListener('change', (e) => control({ hostMaintenance: e.target.checked }));
  const setDelay = async () => {
    const ms = Math.max(0, Math.min(120000, parseInt($('host-delay').value, 10) || 0));
    await control({ hostDelayMs: ms });
    delayEdited = false;
  };
  $('host-delay').addEventListener('input', () => { delayEdited = true; });
  $('host-delay-set').addEventListener('click', setDelay);
  $('host-delay').addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); setDelay(); } });
  $('language').addEventListener('change', (e) => control({ language: e.target.value }));
  $('local-time-set').addEventListener('click', () => control({ localTime: String($('local-time').value).slice(0, 16) }));
  for (const name of FAULTS) {
    // Focus leaves the box once the server has answered (until then a poll does not undo the click), so keys go to the keypad again.
    $('fault-' + name).addEventListener('change', async (e) => { await control({ [name]: e.target.checked }); e.target.blur(); });
  }
  $('fault-deadKey').addEventListener('change', async (e) => { await control({ deadKey: e.target.value }); e.target.blur(); });
  $('skip-time').addEventListener('click', async () => {
    try { render(await call('POST', '/api/advance', { ms: 10000 })); } catch (e) { showError(String(e.message || e)); }
  });

  buildKeypad();
  pollState();
  pollPanel();
})();
