// 异议 on a signed letter's page (docs/rules.md#R86–R88): 登记异议, each objection's hops with their due dates, 逾期提出
// and 超期 marks, closing the hop that is next, and the outcome. The server checks everything again.
import { api, paths, session } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, card, field, select, dialog, dateInput, toast, table, today, maskId, fmtDateTime, personName } from './ui.js';
import { draftCorrection, followUpLine } from './followups.js';

const ANSWERED = ['SIGNED', 'DISPATCHED'];

function textarea(name, { required, maxlength = 500 } = {}) {
  return h('textarea', { name, rows: 3, maxlength, required });
}

/** The candidates to tick, by their 序号 in the reply (the letter's own list), or a field for the numbers. */
function candidateChooser(l) {
  const listed = l.extraction?.candidates ?? [];
  if (!listed.length) {
    const input = h('input', { name: 'candidates', required: true, placeholder: '1,2' });
    return { el: field(zh.objection.candidatesText, input, { wide: true }), value: () => input.value };
  }
  const boxes = listed.map((c, i) => h('input', { type: 'checkbox', name: 'candidates', value: String(i + 1) }));
  const el = h('fieldset.wide.objection-candidates', h('legend', zh.objection.candidates),
    ...listed.map((c, i) => h('label.check', boxes[i], ` ${i + 1}. ${c.name ?? ''} `, h('span.mono', maskId(c.idNumber)))));
  return { el, value: () => boxes.filter((b) => b.checked).map((b) => b.value).join(',') };
}

async function openObjection(l) {
  const routes = await api(paths.objectionRoutes);
  const candidates = candidateChooser(l);
  const objector = select(Object.entries(zh.objection.objectors), 'CANDIDATE', { name: 'objector' });
  const receivedOn = dateInput({ name: 'receivedOn', required: true, value: today() });
  const route = select(routes.map((r) => [r.code, r.name]), routes[0]?.code, { name: 'route' });
  const routeHint = h('p.muted.wide.route-hops');
  const showHops = () => { routeHint.textContent = (routes.find((r) => r.code === route.value)?.hops ?? []).join(' → '); };
  route.addEventListener('change', showHops);
  showHops();
  const file = h('input', { type: 'file', name: 'file', required: true,
    accept: '.pdf,.ofd,.docx,.doc,.wps,.png,.jpg,.jpeg,.tif,.tiff' });
  return dialog(zh.objection.open, h('div.form-grid', h('p.muted.wide', zh.objection.hint), candidates.el,
    field(zh.objection.objector, objector), field(zh.objection.receivedOn, receivedOn),
    field(zh.objection.route, route), routeHint, field(zh.objection.file, file, { wide: true })), {
    submitLabel: zh.objection.open,
    collect: () => {
      const form = new FormData();
      form.append('replyId', l.id);
      form.append('candidates', candidates.value());
      form.append('objector', objector.value);
      form.append('receivedOn', receivedOn.value);
      form.append('route', route.value);
      if (file.files[0]) form.append('file', file.files[0], file.files[0].name);
      return api(paths.objections, { method: 'POST', form });
    },
  });
}

async function closeHop(o, hop) {
  const date = dateInput({ name: 'date', required: true, value: today() });
  const note = textarea('note');
  const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.ofd,.docx,.doc,.wps,.png,.jpg,.jpeg,.tif,.tiff' });
  return dialog(zh.objection.closeTitle(hop.step, hop.label), h('div.form-grid',
    field(zh.objection.closedOn, date), field(zh.objection.document, file),
    field(zh.objection.note, note, { wide: true })), {
    submitLabel: zh.objection.close,
    collect: () => {
      const form = new FormData();
      form.append('date', date.value);
      if (note.value) form.append('note', note.value);
      if (file.files[0]) form.append('file', file.files[0], file.files[0].name);
      return api(paths.objectionHop(o.id, hop.step), { method: 'POST', form });
    },
  });
}

async function decide(o) {
  const decision = select(Object.entries(zh.objection.decisions), 'UPHOLD', { name: 'decision' });
  const reason = textarea('reason');
  decision.addEventListener('change', () => { reason.required = decision.value === 'CORRECT'; });
  return dialog(zh.objection.decide, h('div.form-grid', field(zh.objection.decision, decision),
    field(zh.objection.reason, reason, { wide: true })), {
    submitLabel: zh.objection.decide,
    collect: () => api(paths.objectionOutcome(o.id), { method: 'POST',
      json: { decision: decision.value, reason: reason.value } }),
  });
}

function dueMark(hop) {
  if (!hop.dueDate) return h('span.muted', hop.limitDays ? zh.objection.afterPrevious : zh.objection.noLimit);
  return h('span.due', { class: hop.overdue ? 'overdue' : null }, hop.dueDate,
    hop.overdue ? h('span.badge.danger', zh.objection.overdue) : null);
}

function objectionView(o, canRecord, done, correction) {
  const run = (fn, message) => async () => { if (await fn()) { toast(message); done(); } };
  const hops = table([
    { label: zh.objection.step, render: (x) => String(x.step) },
    { label: zh.objection.parties, render: (x) => `${x.partyLabel} → ${x.toLabel}` },
    { label: zh.objection.hop, key: 'label' },
    { label: zh.objection.dueDate, render: dueMark },
    { label: zh.objection.status, render: (x) => h('span.badge', { class: x.status === 'CLOSED' ? 'ok'
      : x.status === 'OPEN' ? 'info' : '' }, zh.objection.hopStatus[x.status] ?? x.statusLabel) },
    { label: zh.objection.closed, render: (x) => (x.closedOn ? h('span', x.closedOn,
      x.closedLate ? h('span.badge.warn', x.step === 1 ? zh.objection.late : zh.objection.closedLate) : null,
      x.documentName ? ` ${x.documentName}` : '', x.note ? `（${x.note}）` : '')
      : canRecord && x.status === 'OPEN' ? h('button.btn.close-hop', { type: 'button', 'data-step': x.step,
        onclick: run(() => closeHop(o, x), zh.objection.hopClosed(x.step)) }, zh.objection.close) : '') },
  ], o.hops, { caption: zh.objection.title, rowClass: (x) => (x.overdue ? 'overdue' : null) });
  const outcome = o.decision
    ? h('p.objection-outcome', h('strong', `${zh.objection.outcome}：${o.decisionLabel}`),
      o.decisionReason ? `（${o.decisionReason}）` : '', ` ${personName(o.decidedBy)} ${fmtDateTime(o.decidedAt)}`)
    : h('p.objection-outcome', `${zh.objection.outcome}：${zh.objection.pending} `, canRecord
      ? h('button.btn.decide', { type: 'button', onclick: run(() => decide(o), zh.objection.decided) }, zh.objection.decide)
      : null);
  // a 更正 outcome leads to the 更正函 (docs/rules.md#R89): drafted here, then reviewed and signed
  const corrected = o.decision !== 'CORRECT' ? null : correction ? followUpLine(correction, done)
    : canRecord ? h('div.actions', h('button.btn.primary.draft-correction', { type: 'button',
      onclick: run(() => draftCorrection(o), zh.followUp.drafted) }, zh.followUp.draftCorrection)) : null;
  return h('section.objection', { 'data-id': o.id },
    h('p', h('strong', `${zh.objection.reply} ${o.replyNumber}`), ` · ${o.routeName} · ${o.objectorLabel} · `,
      `${zh.objection.receivedOn} ${o.receivedOn}`, o.late
        ? h('span.badge.danger.late', { title: zh.objection.lateHint }, zh.objection.late) : null),
    h('p', `${zh.objection.candidates}：`, ...o.candidates.map((c) => h('span.candidate',
      `${c.serial}. ${c.name ?? ''} `, h('span.mono', c.idNumber ?? ''), ' '))),
    hops, outcome, corrected);
}

/**
 * The objections card of a letter whose reply is signed, or null: the registry and the letter's handler open them and
 * carry them on; the letter's other roles read them. done() redraws the page after a change.
 */
export async function objectionsCard(l, done) {
  if (!ANSWERED.includes(l.status)) return null;
  const canRecord = session.has('REGISTRY_CLERK') || (session.has('HANDLER') && l.handler?.username === session.user()?.username);
  const [list, followUps] = await Promise.all([api(paths.objections, { params: { letterId: l.id } }),
    api(paths.letterFollowUps(l.id))]);
  const openBtn = canRecord ? h('button.btn#open-objection', { type: 'button', onclick: async () => {
    if (await openObjection(l)) { toast(zh.objection.opened); done(); }
  } }, zh.objection.open) : null;
  return card(zh.objection.title, ...(list.length ? list.map((o) => objectionView(o, canRecord, done,
    followUps.find((f) => f.objectionId === o.id)))
    : [h('p.muted', zh.objection.none)]), openBtn ? h('div.actions', openBtn) : null);
}
