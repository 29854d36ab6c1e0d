// Print views (print styles, A4 portrait): a letter's 处理笺 and the 收文登记簿 of a period (docs/rules.md#R94).
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, pageHeader, table, fmtDateTime, dateInput, today, showError } from '../ui.js';
import { timelineTable } from '../timeline.js';

const t = zh.print;

/** The link to a letter's 处理笺, for the letter's pages. */
export function sheetLink(id) {
  return h('a.btn#sheet-link', { href: `#/letters/${encodeURIComponent(id)}/sheet` }, t.sheet);
}

/** The link to the 收文登记簿, for the list pages. */
export function registerBookLink() {
  return h('a.btn#register-book-link', { href: '#/register-book' }, t.register);
}

function printButton(id) {
  return h('button.btn.primary', { id, type: 'button', onclick: () => window.print() }, t.print);
}

/** Who took the last step of these kinds on the timeline, and when; null if nobody did. */
function lastBy(timeline, ...actions) {
  const s = [...timeline.steps].reverse().find((x) => actions.includes(x.action));
  return s ? `${s.who.displayName ?? s.who.username}（${fmtDateTime(s.at)}）` : null;
}

/** 处理笺: the letter's facts, who handled, reviewed and signed it, the result and its timeline. */
export async function processingSheet(id) {
  const [letter, timeline, reply] = await Promise.all([api(paths.letter(id)), api(paths.timeline(id)),
    api(paths.reply(id)).catch(() => null)]);
  const row = (label, value) => h('tr', h('th', { scope: 'row' }, label), h('td', value ?? t.none));
  const result = [zh.status[letter.status] ?? letter.status, reply?.number ? `${t.replyNumber} ${reply.number}` : null]
    .filter(Boolean).join('；');
  return h('div.printable.print-sheet', pageHeader(t.sheetTitle,
    h('button.btn', { type: 'button', onclick: () => history.back() }, zh.common.back), printButton('print-sheet')),
  h('table.sheet', h('caption.sr-only', t.sheetTitle), h('tbody',
    row(zh.letters.receiptNumber, h('span.mono', letter.receiptNumber)),
    row(zh.letters.docNumber, letter.docNumber),
    row(zh.letters.unit, letter.requestingUnit),
    row(t.letterDate, letter.extraction?.letterDate),
    row(t.receivedAt, fmtDateTime(letter.receivedAt)),
    row(t.dueDate, letter.dueDate),
    row(t.handler, lastBy(timeline, 'SCREENED', 'REPLY_DRAFTED') ?? letter.handler),
    row(t.reviewer, lastBy(timeline, 'REVIEW_COMPLETED', 'HIT_CONFIRMED', 'HIT_OVERTURNED')),
    row(t.result, result),
    row(t.signer, lastBy(timeline, 'REPLY_SIGNED_OFF')),
    row(t.dispatched, reply?.dispatchedOn))),
  h('h2', zh.timeline.title), timelineTable(timeline));
}

const PAGE = 200;

/** 收文登记簿: every letter received in the period, in receipt-number order. */
export function registerBook() {
  const from = dateInput({ name: 'from', value: today().slice(0, 8) + '01' });
  const to = dateInput({ name: 'to', value: today() });
  const host = h('div#register-book-body');
  const heading = h('p.print-period');
  async function load() {
    host.replaceChildren(h('p.muted', zh.common.loading));
    try {
      const items = [];
      for (let page = 1; ; page += 1) {
        const p = await api(paths.letters, { params: { from: from.value, to: to.value, sort: 'receiptNumber',
          dir: 'asc', page, size: PAGE } });
        items.push(...p.items);
        if (items.length >= p.total || !p.items.length) break;
      }
      heading.textContent = t.period(from.value, to.value);
      const rows = items.map((l, i) => ({ ...l, serial: i + 1 }));
      host.replaceChildren(table([
        { label: t.serial, key: 'serial', cls: 'num' },
        { label: zh.letters.receiptNumber, render: (l) => h('span.mono', l.receiptNumber) },
        { label: t.receivedAt, render: (l) => fmtDateTime(l.receivedAt), cls: 'nowrap' },
        { label: zh.letters.unit, render: (l) => l.requestingUnit ?? t.none },
        { label: zh.letters.docNumber, render: (l) => l.docNumber ?? t.none },
        { label: t.dueDate, key: 'dueDate', cls: 'nowrap' },
        { label: t.handler, render: (l) => l.handler ?? t.none },
        { label: t.status, render: (l) => zh.status[l.status] ?? l.status },
      ], rows, { caption: t.registerTitle }));
    } catch (err) { showError(host, err); }
  }
  const form = h('form.filters.no-print', { onsubmit: (e) => { e.preventDefault(); load(); } },
    field(zh.letters.from, from), field(zh.letters.to, to),
    h('div.field.buttons', h('button.btn', { type: 'submit' }, t.show)));
  load();
  return h('div.printable.print-register', pageHeader(t.registerTitle, printButton('print-register')), form, heading,
    host);
}
