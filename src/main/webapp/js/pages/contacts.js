// 查询工作责任人联络表 (docs/rules.md#R79): the national form from the accounts' 工作职责, 职务, mobile numbers and
// registered terminals, with the centre's service phone and e-mail; exports and a print view.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, card, pageHeader, table, facts, showError, saveBlob } from '../ui.js';

export async function contactsPage() {
  const t = zh.contacts;
  const list = await api(paths.contacts);
  const host = h('div#contacts-rows');
  const columns = [
    { label: t.serial, key: 'serial', cls: 'num' },
    { label: t.duty, key: 'dutyLabel', cls: 'nowrap' },
    { label: t.name, key: 'name', cls: 'nowrap' },
    { label: t.jobTitle, render: (c) => c.jobTitle ?? '' },
    { label: t.mobile, render: (c) => h('span.mono', c.mobile ?? ''), cls: 'nowrap' },
    { label: t.terminals, render: (c) => (c.duty === 'HANDLER' ? h('span.mono', c.terminals.join('、')) : '/') },
  ];
  host.replaceChildren(table(columns, list.items, { caption: t.title }));
  async function download(path, ext) {
    try { saveBlob(await api(path, { as: 'blob' }), `查询工作责任人联络表.${ext}`); } catch (err) { showError(host, err); }
  }
  return h('div.printable', pageHeader(t.title,
    h('button.btn#contacts-xlsx', { type: 'button', onclick: () => download(paths.contactsXlsx, 'xlsx') }, t.exportXlsx),
    h('button.btn#contacts-pdf', { type: 'button', onclick: () => download(paths.contactsPdf, 'pdf') }, t.exportPdf),
    h('button.btn#contacts-print', { type: 'button', onclick: () => window.print() }, t.print)),
  card(null, facts([[t.centre, list.centre], [t.phone, list.servicePhone], [t.email, list.serviceEmail ?? t.notConfigured]]),
    host, h('p.muted.small.no-print', t.hint)));
}
