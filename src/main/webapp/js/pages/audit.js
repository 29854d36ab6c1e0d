// 审计员: the audit trail with filters and paging, the chain check, a signed checkpoint and the signed export
// (docs/rules.md#R31, #R34).
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, card, pageHeader, table, pager, showError, alertBox, fmtDateTime, saveBlob, dateInput, select,
  personName } from '../ui.js';

// Filters by person, action (by its Chinese name), letter (收文编号) and the centre's days (docs/rules.md#R94).
export function auditPage() {
  const state = { actor: '', action: '', receiptNumber: '', from: '', to: '', offset: 0 };
  const host = h('div');
  const verifyHost = h('div#verify-result');
  const action = select([['', zh.common.all]], '', { name: 'action' });
  api(paths.auditActions).then((all) => all.forEach((a) => action.append(h('option', { value: a.code }, a.label))))
    .catch((err) => showError(verifyHost, err));
  const inputs = { actor: h('input', { name: 'actor' }), action,
    receiptNumber: h('input', { name: 'receiptNumber', placeholder: zh.audit.receiptExample }),
    from: dateInput({ name: 'from' }), to: dateInput({ name: 'to' }) };
  const form = h('form.filters', { role: 'search' },
    field(zh.audit.actor, inputs.actor), field(zh.audit.action, inputs.action),
    field(zh.audit.receiptNumber, inputs.receiptNumber), field(zh.audit.from, inputs.from), field(zh.audit.to, inputs.to),
    h('div.field.buttons', h('button.btn.primary', { type: 'submit' }, zh.common.search),
      h('button.btn#audit-xlsx', { type: 'button', onclick: exportXlsx }, zh.audit.xlsx)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // Days are the centre's days: the API reads "to" as the whole day.
    Object.keys(inputs).forEach((k) => { state[k] = inputs[k].value.trim(); });
    state.offset = 0;
    load();
  });
  async function exportXlsx() {
    try {
      const { offset, ...filters } = state;
      saveBlob(await api(paths.auditXlsx, { params: filters, as: 'blob' }), 'audit.xlsx');
    } catch (err) { showError(verifyHost, err); }
  }
  const columns = [
    { label: zh.audit.seq, key: 'seq', cls: 'num nowrap' },
    { label: zh.audit.time, render: (e) => fmtDateTime(e.occurredAt), cls: 'nowrap' },
    { label: zh.audit.actor, render: (e) => personName(e.actor), cls: 'nowrap' },
    { label: zh.audit.ip, render: (e) => h('span.mono', e.ip ?? '') },
    { label: zh.audit.action, render: (e) => h('span', { title: e.action }, e.label ?? e.action) },
    { label: zh.audit.letterId, render: (e) => (e.letterId ? h('a', { href: `#/letters/${e.letterId}` },
      e.receiptNumber ?? e.letterId.slice(0, 8)) : '') },
    { label: zh.audit.detail, render: (e) => h('span.detail', e.detail ?? '') },
  ];
  async function load() {
    try {
      const page = await api(paths.audit, { params: { ...state, limit: 20 } });
      host.replaceChildren(table(columns, page.items, { caption: zh.audit.title }),
        pager(page, (o) => { state.offset = o; load(); }));
    } catch (err) { showError(host, err); }
  }
  async function verify() {
    verifyHost.replaceChildren(alertBox('info', zh.common.loading));
    try {
      const v = await api(paths.auditVerify);
      verifyHost.replaceChildren(v.intact ? alertBox('ok', zh.audit.intact(v.eventsChecked, v.pinsChecked))
        : alertBox('error', zh.audit.broken(v.firstBrokenSeq, v.reasonZh)));
    } catch (err) { showError(verifyHost, err); }
  }
  async function checkpoint() {
    try {
      const c = await api(paths.auditCheckpoints, { method: 'POST', json: {} });
      verifyHost.replaceChildren(alertBox('ok', zh.audit.checkpointed(c.seq)));
    } catch (err) { showError(verifyHost, err); }
  }
  async function exportSigned() {
    try { saveBlob(await api(paths.auditExport, { as: 'blob' }), 'audit-export.zip'); } catch (err) { showError(verifyHost, err); }
  }
  load();
  return h('div', pageHeader(zh.audit.title,
    h('button.btn.primary#verify-chain', { type: 'button', onclick: verify }, zh.audit.verify),
    h('button.btn#audit-checkpoint', { type: 'button', onclick: checkpoint }, zh.audit.checkpoint),
    h('button.btn#audit-export', { type: 'button', onclick: exportSigned }, zh.audit.exportSigned)),
    verifyHost, card(null, form, host));
}
