// What may end, stretch or move a letter's path, on the letter's pages: 延期 (docs/rules.md#R63), 不予受理 (R64), 作废
// (R65) and 改派 (R9), each a button shown to the roles the server allows and a dialog; the server checks everything again.
import { api, paths, session } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, field, select, dialog, dateInput, dateTimeInput, toast, fmtDateTime, nowLocal, personName } from './ui.js';

const CLOSED = ['SIGNED', 'DISPATCHED', 'REJECTED', 'VOIDED'];

function textarea(name, { required, maxlength = 500 } = {}) {
  return h('textarea', { name, rows: 3, maxlength, required });
}

async function extend(l) {
  const date = dateInput({ name: 'newDueDate', required: true, min: l.dueDate });
  const reason = textarea('reason', { required: true });
  const contactedAt = dateTimeInput({ name: 'contactedAt', required: true, value: nowLocal() });
  const person = h('input', { name: 'contactPerson', required: true, maxlength: 50 });
  const channel = select(Object.entries(zh.extension.channels), 'PHONE', { name: 'contactChannel' });
  return dialog(zh.extension.action, h('div.form-grid',
    h('p.muted.wide', zh.extension.rule(l.originalDueDate ?? l.dueDate)),
    field(zh.extension.newDueDate, date), field(zh.extension.reason, reason, { wide: true }),
    field(zh.extension.contactedAt, contactedAt), field(zh.extension.contactPerson, person),
    field(zh.extension.contactChannel, channel)), {
    submitLabel: zh.extension.action,
    collect: () => api(paths.extension(l.id), { method: 'POST', json: { newDueDate: date.value, reason: reason.value,
      contactedAt: contactedAt.isoValue(), contactPerson: person.value, contactChannel: channel.value } }),
  });
}

async function reject(l) {
  const reason = select([['', zh.rejection.choose], ...Object.entries(zh.rejection.reasons)], '',
    { name: 'reason', required: true });
  const note = textarea('note');
  // "Other" says nothing by itself: its note is required (the server refuses it without one too).
  reason.addEventListener('change', () => { note.required = reason.value === 'OTHER'; });
  return dialog(zh.rejection.action, h('div.form-grid', h('p.muted.wide', zh.rejection.hint),
    field(zh.rejection.reason, reason), field(zh.rejection.note, note, { wide: true })), {
    submitLabel: zh.rejection.action, danger: true,
    collect: () => api(paths.refusal(l.id), { method: 'POST', json: { reason: reason.value, note: note.value } }),
  });
}

async function voidIt(l) {
  const reason = textarea('reason', { required: true });
  return dialog(zh.voiding.action, h('div.form-grid', h('p.muted.wide', zh.voiding.hint(l.receiptNumber)),
    field(zh.voiding.reason, reason, { wide: true })), {
    submitLabel: zh.voiding.action, danger: true,
    collect: () => api(paths.voidLetter(l.id), { method: 'POST', json: { reason: reason.value } }),
  });
}

/** 改派: another active handler than the letter's, chosen by name, and the reason (docs/rules.md#R9). */
async function reassign(l) {
  const others = (await api(paths.users)).filter((u) => u.active && u.roles.includes('HANDLER') && u.username !== l.handler?.username);
  const handler = select([['', zh.reassign.choose], ...others.map((u) => [u.username, `${u.displayName}（${u.username}）`])],
    '', { name: 'handler', required: true });
  const reason = textarea('reason', { required: true });
  return dialog(zh.reassign.action, h('div.form-grid', h('p.muted.wide', zh.reassign.hint(personName(l.handler))),
    field(zh.reassign.handler, handler), field(zh.reassign.reason, reason, { wide: true })), {
    submitLabel: zh.reassign.action,
    collect: () => api(paths.handler(l.id), { method: 'POST', json: { handler: handler.value, reason: reason.value } }),
  });
}

/** 催办: whoever the letter waits for is reminded, with an optional note (docs/rules.md#R84). */
async function urge(l) {
  const note = textarea('note', { maxlength: 200 });
  return dialog(zh.urge.action, h('div.form-grid', h('p.muted.wide', zh.urge.hint(personName(l.handler))),
    field(zh.urge.note, note, { wide: true })), {
    submitLabel: zh.urge.action,
    collect: () => api(paths.urge(l.id), { method: 'POST', json: { note: note.value } }),
  });
}

/**
 * The buttons this user may press on letter l, the same conditions as the server's: the letter's handler extends it
 * before its due date passes; the registry, or the letter's handler, rejects it; an administrator, the principal
 * officer or the 直接负责人 urges an open letter; an administrator reassigns an open letter that has a handler, and voids it. done()
 * redraws the page after a change.
 */
export function letterActions(l, done) {
  const me = session.user()?.username;
  const mine = session.has('HANDLER') && l.handler?.username === me;
  const open = !CLOSED.includes(l.status) && l.status !== 'EXTRACTING';
  const run = (fn, message) => async () => { if (await fn(l)) { toast(message); done(); } };
  return [
    mine && open && !l.overdue
      ? h('button.btn#extend', { type: 'button', onclick: run(extend, zh.extension.done) }, zh.extension.action) : null,
    open && (session.has('REGISTRY_CLERK') || mine)
      ? h('button.btn.danger#reject', { type: 'button', onclick: run(reject, zh.rejection.done) }, zh.rejection.action) : null,
    (session.has('ADMINISTRATOR') || session.has('PRINCIPAL_OFFICER') || session.user()?.contactDuty === 'DIRECT')
      && open && l.status !== 'RECEIVED'
      ? h('button.btn#urge', { type: 'button', onclick: run(urge, zh.urge.done) }, zh.urge.action) : null,
    session.has('ADMINISTRATOR') && open && l.handler
      ? h('button.btn#reassign', { type: 'button', onclick: run(reassign, zh.reassign.done) }, zh.reassign.action) : null,
    session.has('ADMINISTRATOR') && !['EXTRACTING', 'SIGNED', 'DISPATCHED', 'VOIDED'].includes(l.status)
      ? h('button.btn.danger#void', { type: 'button', onclick: run(voidIt, zh.voiding.done) }, zh.voiding.action) : null,
  ].filter(Boolean);
}

/** The extension, rejection and voiding of letter l, as rows for facts() (undefined rows are left out). */
export function dispositionFacts(l) {
  const e = l.extension;
  const r = l.rejection;
  const v = l.voiding;
  return [
    [zh.extension.originalDueDate, l.originalDueDate ?? undefined],
    [zh.extension.reason, e ? e.reason : undefined],
    [zh.extension.contact, e ? zh.extension.contactSummary(fmtDateTime(e.contactedAt), e.contactChannelLabel,
      e.contactPerson, personName(e.extendedBy), fmtDateTime(e.extendedAt)) : undefined],
    [zh.rejection.reason, r ? `${r.reasonLabel}${r.note ? `（${r.note}）` : ''}` : undefined],
    [zh.rejection.by, r ? `${personName(r.rejectedBy)} ${fmtDateTime(r.rejectedAt)}` : undefined],
    [zh.voiding.reason, v ? v.reason : undefined],
    [zh.voiding.by, v ? `${personName(v.voidedBy)} ${fmtDateTime(v.voidedAt)}` : undefined],
  ];
}

/**
 * The warning that the letter's unit already sent this 文号 in other letters (docs/rules.md#R73), each linked, or
 * null: a re-scan or a repeated request is then refused as 重复申请 (R64) rather than answered twice.
 */
export function sameRequestNote(l) {
  if (!l.sameRequest?.length) return null;
  const links = l.sameRequest.flatMap((o, i) => [i ? '、' : '',
    h('a', { href: `#/letters/${o.id}` }, `${o.receiptNumber}（${zh.status[o.status] ?? o.status}）`)]);
  return h('div.alert.warn#same-request', { role: 'status' },
    zh.sameRequest.text(l.requestingUnit, l.docNumber), ...links, zh.sameRequest.hint);
}
