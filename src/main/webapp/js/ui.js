// Small DOM helpers and the shared widgets (table, pager, dialogs, messages, masking).
import { zh } from './i18n/zh-CN.js';
import { listKeys } from './listKeys.js';

/** h('div.card#x', {onclick}, ...children): element with classes/id from the selector and attributes. */
export function h(sel, attrs, ...children) {
  if (attrs === null || typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs)) {
    children.unshift(attrs);
    attrs = {};
  }
  const [, tag = 'div', rest = ''] = sel.match(/^([a-z0-9-]*)(.*)$/i);
  const el = document.createElement(tag || 'div');
  for (const part of rest.match(/[.#][^.#]+/g) ?? []) {
    if (part[0] === '.') el.classList.add(part.slice(1)); else el.id = part.slice(1);
  }
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.classList.add(...String(v).split(/\s+/).filter(Boolean));
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/**
 * Replaces el's children as h() adds them: null, undefined and false are left out (the DOM's own replaceChildren
 * prints them as the text "null": issue 17, under the title of every review page).
 */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uid = 0;
export const nextId = (p = 'f') => `${p}-${++uid}`;

/** A labelled form field: every input gets a <label for>. */
export function field(label, input, { hint, wide } = {}) {
  if (!input.id) input.id = nextId();
  return h('div.field', { class: wide ? 'wide' : '' }, h('label', { for: input.id }, label), input,
    hint ? h('small.hint', hint) : null);
}

export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
}

/** ID numbers are personal data: outside correction and review show first 6 + last 4 only. */
export function maskId(id) {
  if (!id) return '';
  const s = String(id);
  if (s.length <= 10) return s.replace(/./g, '*');
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

// The zone the centre reckons days in: the server's configuration (GET /api/settings), set before any page shows.
let TZ;
export function setZone(zone) { TZ = zone; }

export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}
/** Now in the centre's zone as a datetime-local value (YYYY-MM-DDTHH:mm), which the server reads in that zone. */
export function nowLocal() {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: TZ, hourCycle: 'h23', year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date())
    .map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
/** Whether v is a real day written YYYY-MM-DD. */
function isDay(v) {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
}

/**
 * A date typed as YYYY-MM-DD whatever the browser's locale (issue 17: the native picker shows mm/dd/yyyy in an
 * English-locale browser), checked as a real day, not before min. Its value is what the API takes.
 */
export function dateInput({ name, value = '', required = false, min } = {}) {
  const input = h('input.date', { type: 'text', name, value, required, inputmode: 'numeric', maxlength: 10,
    placeholder: 'YYYY-MM-DD', autocomplete: 'off' });
  const check = () => {
    const v = input.value.trim();
    input.setCustomValidity(!v ? '' : !isDay(v) ? zh.common.badDate : min && v < min ? zh.common.dateBefore(min) : '');
  };
  input.addEventListener('input', check);
  input.addEventListener('change', check);
  return input;
}

/** A date and time typed as YYYY-MM-DD HH:mm; isoValue() gives it as the API takes it (YYYY-MM-DDTHH:mm). */
export function dateTimeInput({ name, value = '', required = false } = {}) {
  const input = h('input.datetime', { type: 'text', name, value: value.replace('T', ' '), required, maxlength: 16,
    placeholder: 'YYYY-MM-DD HH:mm', autocomplete: 'off' });
  const check = () => {
    const m = /^(\S+) (\d{2}):(\d{2})$/.exec(input.value.trim());
    const ok = !input.value.trim() || (m && isDay(m[1]) && +m[2] < 24 && +m[3] < 60);
    input.setCustomValidity(ok ? '' : zh.common.badDateTime);
  };
  input.addEventListener('input', check);
  input.addEventListener('change', check);
  input.isoValue = () => input.value.trim().replace(' ', 'T');
  return input;
}

export function fmtDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(d).replace(/\//g, '-');
}
export function fmtSize(n) {
  if (n == null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The status as a badge; a draft the officer sent back shows 退回修改 instead of the status it went back to. */
export function statusBadge(status, returned = false) {
  if (returned) return h('span.badge.warn.st-returned', zh.status.RETURNED);
  return h('span.badge', { class: `st-${String(status).toLowerCase()}` }, zh.status[status] ?? status);
}

/** 'overdue' | 'due-today' | null for a letter still being handled (no due date runs once it is closed). */
export function dueState(letter) {
  if (['SIGNED', 'DISPATCHED', 'REJECTED', 'VOIDED'].includes(letter.status) || !letter.dueDate) return null;
  const t = today();
  if (letter.overdue || letter.dueDate < t) return 'overdue';
  return letter.dueDate === t ? 'due-today' : null;
}

/** Due date with the overdue / due-today mark the clerks look for, and 已延期 once extended (docs/rules.md#R63). */
export function dueCell(letter) {
  const state = dueState(letter);
  const cell = h('span.due', { class: state }, letter.dueDate ?? '');
  if (letter.extension) {
    cell.append(h('span.badge.info.extended', { title: zh.letters.extendedFrom(letter.originalDueDate) },
      zh.letters.extended));
  }
  if (state === 'overdue') cell.append(h('span.badge.danger', zh.letters.overdue));
  if (state === 'due-today') cell.append(h('span.badge.warn', zh.letters.dueToday));
  return cell;
}

/**
 * A person as every actor field of the API names him ({username, displayName}, issue 17: names, not logins): his
 * name, or '' for nobody. The one way the pages show a person.
 */
export function personName(p) {
  return p ? p.displayName || p.username : '';
}

/** Messages: an inline alert box (role=alert) and a toast for success. */
export function alertBox(kind, text) {
  return h('div.alert', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * Why this user has no button for a step the letter awaits (LetterView.refusals, decided by the server with the
 * same checks as the step: docs/rules.md#R45), or null when he may take it.
 */
export function refusalNote(letter, step) {
  const r = (letter.refusals ?? []).find((x) => x.step === step);
  if (!r) return null;
  const box = alertBox('info', `${zh.common.refused[step] ?? step}：${r.message}`);
  box.classList.add('refusal');
  box.dataset.step = step;
  box.dataset.code = r.code;
  return box;
}

/**
 * A step that takes seconds (drafting renders the PDF and the Word file): a status line with a progress bar and the
 * seconds so far, so that a disabled button is not all the page shows (issue 17). stop() removes it.
 */
export function progressNote(text, id) {
  const started = Date.now();
  const elapsed = h('span.elapsed');
  const note = h('div.alert.info.progress-note', { id, role: 'status', 'aria-live': 'polite' },
    h('progress', { 'aria-label': text }), h('span', text), elapsed);
  const timer = setInterval(() => {
    elapsed.textContent = zh.common.elapsed(Math.round((Date.now() - started) / 1000));
  }, 1000);
  note.stop = () => { clearInterval(timer); note.remove(); };
  return note;
}

export function toast(text, kind = 'ok') {
  let host = document.getElementById('toasts');
  if (!host) { host = h('div#toasts', { 'aria-live': 'polite' }); document.body.append(host); }
  const t = h('div.toast', { class: kind }, text);
  host.append(t);
  setTimeout(() => t.remove(), 4000);
}

/** Show an error in `host` (replacing what was there) and return it. */
export function showError(host, err) {
  const box = alertBox('error', err?.message ?? String(err));
  host.replaceChildren(box);
  return box;
}

/**
 * A table: columns = [{label, render(row) | key, cls}], onOpen(row) makes rows clickable and a keyboard list
 * (listKeys.js),
 * rowClass(row) marks rows.
 */
export function table(columns, rows, { onOpen, caption, rowClass, empty = zh.common.none } = {}) {
  const body = rows.length
    ? rows.map((r) => {
      const tr = h('tr', { class: rowClass?.(r) }, columns.map((c) => h('td', { class: c.cls }, c.render ? c.render(r) : r[c.key])));
      if (onOpen) {
        tr.classList.add('clickable');
        tr.addEventListener('click', (e) => { if (!e.target.closest('a,button,input')) onOpen(r); });
      }
      return tr;
    })
    : [h('tr', h('td.empty', { colspan: columns.length }, empty))];
  const grid = h('table.grid', caption ? h('caption.sr-only', caption) : null,
    h('thead', h('tr', columns.map((c) => h('th', { scope: 'col', class: c.cls }, c.label)))),
    h('tbody', body));
  return h('div.table-wrap', onOpen ? listKeys(grid) : grid);
}

/** Pager for {total, offset, limit} pages. */
export function pager(page, go) {
  const from = page.total ? page.offset + 1 : 0;
  const to = Math.min(page.offset + page.limit, page.total);
  return h('nav.pager', { 'aria-label': zh.shell.paging },
    h('span', zh.common.pageInfo(from, to, page.total)),
    h('button.btn.small', { type: 'button', disabled: page.offset <= 0,
      onclick: () => go(Math.max(0, page.offset - page.limit)) }, zh.common.prev),
    h('button.btn.small', { type: 'button', disabled: page.offset + page.limit >= page.total,
      onclick: () => go(page.offset + page.limit) }, zh.common.next));
}

/**
 * A modal <dialog>; resolves with the submitted FormData-derived value of `collect()`, or null on cancel. Focus starts
 * in the first field (a checkbox is none), or else on the cancelling button: a reflexive Enter must not commit anything (issue 17).
 */
export function dialog(title, content, { submitLabel = zh.common.confirm, cancelLabel = zh.common.cancel,
  collect = () => true, danger } = {}) {
  return new Promise((resolve) => {
    const err = h('div.dialog-error');
    const cancel = h('button.btn', { type: 'button', value: 'cancel', onclick: () => { dlg.close(); } }, cancelLabel);
    const form = h('form', { method: 'dialog' },
      h('h2', title), content, err,
      h('div.actions', cancel,
        h('button.btn.primary', { type: 'submit', class: danger ? 'danger' : '' }, submitLabel)));
    const dlg = h('dialog.modal', { 'aria-label': title }, form);
    let result = null;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        result = await collect();
        if (result === undefined || result === null) return;
        dlg.close();
      } catch (ex) {
        showError(err, ex);
      }
    });
    dlg.addEventListener('close', () => { dlg.remove(); resolve(result); });
    document.body.append(dlg);
    dlg.showModal();
    // A checkbox is a choice to make, not a field to fill: the safe button keeps the focus then.
    (dlg.querySelector('input:not([type=checkbox]),textarea,select') ?? cancel).focus();
  });
}

/** Fetch a protected file as a blob and let the browser save it. */
export async function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function pageHeader(title, ...extra) {
  return h('div.page-head', h('h1', title), h('div.page-actions', extra));
}

export function card(title, ...children) {
  return h('section.card', title ? h('h2', title) : null, children);
}

/** The facts every letter page starts with. */
export function letterFacts(l) {
  return facts([[zh.letters.receiptNumber, l.receiptNumber], [zh.letters.unit, l.requestingUnit ?? null],
    [zh.letters.docNumber, l.docNumber ?? null], [zh.letters.dueDate, dueCell(l)]]);
}

/** Key–value list; an undefined value leaves its row out, null shows a dash. */
export function facts(pairs) {
  return h('dl.facts', pairs.filter(([, v]) => v !== undefined).map(([k, v]) => [h('dt', k), h('dd', v ?? '—')]));
}

/** The PDF in the browser's own viewer; a download link stays next to it for browsers that cannot embed. */
export function pdfFrame(blob, title = zh.signoff.preview, fileName = 'reply.pdf') {
  // The type decides whether the browser opens its PDF viewer; the server may send a generic one.
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  return h('div.pdf-view', h('iframe.pdf', { src: `${url}#navpanes=0`, title }),
    h('p.muted.small', zh.signoff.pdfFallback, ' ', h('a', { href: url, download: fileName }, zh.common.download)));
}
