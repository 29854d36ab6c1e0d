// 核查登记表 (docs/rules.md#R77): the candidates checked in a period, masked, with the 应用措施 the requesting
// unit reported (recorded by the registry clerk or the letter's handler), each row's filing deadline, the exports and a
// print view.
import { api, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, card, pageHeader, table, showError, toast, dialog, fmtDateTime, today, saveBlob, dateInput }
  from '../ui.js';

function monthStart(day) { return `${day.slice(0, 8)}01`; }

export function ledgerPage() {
  const t = zh.ledger;
  const from = dateInput({ name: 'from', value: monthStart(today()), required: true });
  const to = dateInput({ name: 'to', value: today(), required: true });
  const unit = h('input', { name: 'unit', placeholder: t.unitHint });
  const host = h('div#ledger-rows');
  const summary = h('p.muted#ledger-summary');
  const form = h('form.filters.no-print', { role: 'search' },
    field(t.from, from), field(t.to, to), field(t.unit, unit),
    h('div.field.buttons', h('button.btn.primary', { type: 'submit' }, zh.common.search)));
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  const params = () => ({ from: from.value, to: to.value, unit: unit.value.trim() });
  const mayRecord = (r) => session.has('REGISTRY_CLERK') || session.has('HANDLER');

  const deadline = (r) => {
    if (r.filed) return h('span.badge.ok', t.filed);
    return h('span', { class: r.filingOverdue ? 'badge danger' : 'badge' },
      r.filingOverdue ? `${t.overdue} ${r.filingDeadline}` : `${t.pending} ${r.filingDeadline}`);
  };
  const columns = [
    { label: t.serial, render: (r) => r.serial, cls: 'num' },
    { label: t.receipt, render: (r) => h('a', { href: `#/letters/${r.letterId}` }, r.receiptNumber), cls: 'nowrap' },
    { label: t.use, key: 'use' },
    { label: t.name, key: 'name', cls: 'nowrap' },
    { label: t.idNumber, render: (r) => h('span.mono', r.idNumber), cls: 'nowrap' },
    { label: t.channel, render: (r) => h('span.small', r.channel) },
    { label: t.result, render: (r) => h('span', { class: r.recordCount > 0 ? 'hit' : '' }, r.result) },
    { label: t.checkedAt, render: (r) => fmtDateTime(r.checkedAt), cls: 'nowrap' },
    { label: t.measure, render: (r) => h('span.measure', r.measure ?? '—',
      mayRecord(r) ? h('button.btn.small.no-print', { type: 'button', onclick: () => record(r),
        'aria-label': t.recordTitle(r.receiptNumber, r.index, r.name) }, t.record) : null) },
    { label: t.handler, key: 'handler', cls: 'nowrap' },
    { label: t.phone, render: (r) => h('span.mono', r.phone ?? ''), cls: 'nowrap' },
    { label: t.deadline, render: deadline, cls: 'nowrap' },
  ];
  async function load() {
    try {
      const ledger = await api(paths.ledger, { params: params() });
      ledger.items.forEach((r, i) => { r.serial = i + 1; });
      summary.textContent = `${t.summary(ledger.total, ledger.centre, ledger.from, ledger.to)}。${t.note(ledger.filingWorkingDays, ledger.idMask)}`;
      host.replaceChildren(table(columns, ledger.items, { caption: t.title,
        rowClass: (r) => (r.filingOverdue ? 'overdue' : '') }));
    } catch (err) { showError(host, err); }
  }
  async function record(r) {
    const text = h('textarea', { name: 'measure', rows: 3, maxlength: 200, value: r.measure ?? '', required: true });
    const done = await dialog(t.recordTitle(r.receiptNumber, r.index, r.name), h('div.form-grid',
      field(t.measure, text, { hint: t.measureHint, wide: true })), {
      submitLabel: zh.common.save,
      collect: () => api(paths.ledgerMeasure(r.letterId, r.index), { method: 'PUT', json: { measure: text.value } }),
    });
    if (done) { toast(t.recorded); load(); }
  }
  async function download(path, ext) {
    try { saveBlob(await api(path, { params: params(), as: 'blob' }), `核查登记表-${from.value}-${to.value}.${ext}`); }
    catch (err) { showError(host, err); }
  }
  load();
  return h('div.printable', pageHeader(t.title,
    h('button.btn#ledger-xlsx', { type: 'button', onclick: () => download(paths.ledgerXlsx, 'xlsx') }, t.exportXlsx),
    h('button.btn#ledger-pdf', { type: 'button', onclick: () => download(paths.ledgerPdf, 'pdf') }, t.exportPdf),
    h('button.btn#ledger-print', { type: 'button', onclick: () => window.print() }, t.print)),
  card(null, form, summary, host));
}
