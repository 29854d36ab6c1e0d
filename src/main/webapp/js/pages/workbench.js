// 工作台 (docs/rules.md#R83): every person's home page — what waits for him, what of it is due soon or overdue, what he
// did lately — and his reminders (R84).
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, card, pageHeader, table, statusBadge, fmtDateTime, toast } from '../ui.js';

/** Where each step is taken. */
const STEP_PAGE = {
  CORRECT: (id) => `#/correction/${id}`, SCREEN: (id) => `#/handler/${id}`, DRAFT: (id) => `#/handler/${id}`,
  REVIEW: (id) => `#/review/${id}`, SIGN_OFF: (id) => `#/signoff/${id}`, DISPATCH: (id) => `#/letters/${id}`,
  OBJECTION_HOP: (id) => `#/handler/${id}`, LEDGER_FILING: () => '#/ledger',
};
const DUE_CLASS = { OVERDUE: 'danger', DUE_SOON: 'warn', IN_TIME: 'ok' };

function dueBadge(item) {
  // an objection's hop and a ledger filing are due on their own dates (docs/rules.md#R87, R77)
  const own = item.objection ?? item.filing;
  return h('span.due', h('span', own ? own.dueDate ?? '—' : item.letter.dueDate), ' ',
    item.due === 'IN_TIME' ? null : h('span.badge', { class: DUE_CLASS[item.due] }, item.dueLabel),
    !own && item.letter.extended ? h('span.badge.info', zh.letters.extended) : null);
}

function letterCells() {
  return [
    { label: zh.letters.receiptNumber, render: (i) => h('span.mono', i.letter.receiptNumber), cls: 'nowrap' },
    { label: zh.letters.unit, render: (i) => i.letter.requestingUnit || h('span.muted', '—') },
    { label: zh.letters.docNumber, render: (i) => i.letter.docNumber || h('span.muted', '—') },
  ];
}

function tile(id, label, n, kind) {
  return h(`div.tile#${id}`, { class: n && kind ? kind : null },
    h('span.tile-count', String(n)), h('span.tile-label', label));
}

export async function workbenchPage() {
  const w = await api(paths.workbench);
  const open = (i) => navigate((STEP_PAGE[i.step] ?? ((id) => `#/letters/${id}`))(i.letter.id));
  const todo = table([
    ...letterCells(),
    { label: zh.workbench.step, render: (i) => h('span', h('strong', i.stepLabel),
      i.objection ? h('span.objection-hop', `（${zh.objection.reply} ${i.objection.replyNumber} ${zh.objection.step} `
        + `${i.objection.step}：${i.objection.label}）`) : null,
      i.filing ? h('span.ledger-filing', zh.workbench.filing(i.filing.unfiled, i.filing.candidates)) : null,
      i.returned ? h('span.badge.warn.returned', { title: zh.workbench.returnedBy(i.returnComment) }, zh.workbench.returned)
        : null) },
    { label: zh.letters.dueDate, render: dueBadge, cls: 'nowrap' },
    { label: zh.workbench.action, render: (i) => h('a.btn.small', { href: (STEP_PAGE[i.step])(i.letter.id) },
      zh.workbench.open) },
  ], w.items, { onOpen: open, caption: zh.workbench.todo, empty: zh.workbench.none,
    rowClass: (i) => (i.due === 'OVERDUE' ? 'overdue' : i.due === 'DUE_SOON' ? 'due-today' : null) });
  const returned = w.items.filter((i) => i.returned);
  const sections = [
    ...(w.spotCheckDefects ?? []).map((d) => h('div.alert.error.spot-check-defect', { role: 'alert' },
      zh.workbench.spotCheckDefect(d.from, d.to, d.drawnBy, fmtDateTime(d.drawnAt)))),
    h('div.tiles', { role: 'list' },
      tile('wb-todo', zh.workbench.todo, w.todo), tile('wb-due-soon', zh.workbench.dueSoon, w.dueSoon, 'warn'),
      tile('wb-overdue', zh.workbench.overdue, w.overdue, 'danger'), tile('wb-done', zh.workbench.done, w.done)),
    ...returned.map((i) => h('div.alert.warn.returned-note', { role: 'status' },
      `${i.letter.receiptNumber} ${zh.workbench.returned}：`, zh.workbench.returnedBy(i.returnComment))),
    h('section.card#wb-items', h('h2', zh.workbench.todo), h('p.muted', zh.workbench.todoHint), todo),
  ];
  if (w.watch.length) {
    sections.push(h('section.card#wb-watch', h('h2', zh.workbench.watch), table([
      ...letterCells(),
      { label: zh.letters.status, render: (i) => statusBadge(i.letter.status) },
      { label: zh.workbench.handler, render: (i) => i.letter.handler ?? h('span.muted', '—') },
      { label: zh.letters.dueDate, render: dueBadge, cls: 'nowrap' },
    ], w.watch, { onOpen: (i) => navigate(`#/letters/${i.letter.id}`), caption: zh.workbench.watch })));
  }
  sections.push(h('section.card#wb-done', h('h2', zh.workbench.done), table([
    { label: zh.letters.receiptNumber, render: (d) => h('span.mono', d.letter.receiptNumber), cls: 'nowrap' },
    { label: zh.letters.unit, render: (d) => d.letter.requestingUnit || h('span.muted', '—') },
    { label: zh.workbench.doneAction, render: (d) => d.actionLabel },
    { label: zh.workbench.doneAt, render: (d) => fmtDateTime(d.at), cls: 'nowrap' },
    { label: zh.letters.status, render: (d) => statusBadge(d.letter.status) },
  ], w.doneItems, { onOpen: (d) => navigate(`#/letters/${d.letter.id}`), caption: zh.workbench.done })));
  return h('div.workbench', pageHeader(zh.workbench.title), ...sections);
}

export async function noticesPage() {
  const root = h('div.notices-page');
  async function draw() {
    const inbox = await api(paths.notices);
    const markAll = h('button.btn#notices-read-all', { type: 'button', disabled: !inbox.unread, onclick: async () => {
      await api(paths.noticesReadAll, { method: 'POST' });
      document.dispatchEvent(new CustomEvent('cqd:notices'));
      await draw();
    } }, zh.notices.markAll);
    const read = async (n) => {
      if (!n.read) {
        await api(paths.noticeRead(n.id), { method: 'POST' });
        document.dispatchEvent(new CustomEvent('cqd:notices'));
      }
      if (n.letterId) navigate(`#/letters/${n.letterId}`); else await draw();
    };
    root.replaceChildren(pageHeader(zh.notices.title, markAll), h('section.card', table([
      { label: zh.notices.at, render: (n) => fmtDateTime(n.createdAt), cls: 'nowrap' },
      { label: zh.notices.kind, render: (n) => h('span.badge', { class: n.read ? null : 'info' }, n.kindLabel) },
      { label: zh.notices.text, render: (n) => (n.read ? n.text : h('strong', n.text)) },
      { label: zh.notices.unread, render: (n) => (n.read ? zh.notices.read : zh.notices.unread), cls: 'nowrap' },
    ], inbox.items, { onOpen: (n) => read(n).catch((e) => toast(e.message, 'error')), caption: zh.notices.title,
      empty: zh.notices.none, rowClass: (n) => (n.read ? null : 'unread') })));
  }
  await draw();
  return root;
}
