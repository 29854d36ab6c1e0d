// The letter list with filters and paging, shared by every role's queue.
import { api, paths } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, field, select, dateInput, table, pager, statusBadge, dueCell, dueState, fmtDateTime, showError } from './ui.js';

// A "mine" list reads this many letters and pages through the ones that are the user's in the browser.
const MINE_WINDOW = 200;

/**
 * statuses: the statuses offered in the filter (first = default; '' means all);
 * onOpen(letter): what a click on a row does; mine(letter): keep only the letters this returns true for;
 * extraColumns: columns added after the standard ones; decorate(letters): awaited before a page shows, to add what
 * those columns show.
 */
export function letterList({ statuses, initialStatus = '', onOpen, title = zh.letters.list, limit = 20, mine,
  extraColumns = [], decorate }) {
  const state = { status: initialStatus, from: '', to: '', unit: '', overdueFirst: true, offset: 0 };
  const host = h('div.list-body');
  const statusSel = select([['', zh.common.all], ...statuses.map((s) => [s, zh.status[s]])], state.status,
    { name: 'status' });
  const from = dateInput({ name: 'from' });
  const to = dateInput({ name: 'to' });
  const unit = h('input', { type: 'search', name: 'unit', placeholder: zh.letters.unitExample });
  const overdue = h('input', { type: 'checkbox', name: 'overdueFirst', checked: true });
  const form = h('form.filters', { role: 'search', 'aria-label': zh.letters.filters },
    field(zh.letters.status, statusSel), field(zh.letters.from, from), field(zh.letters.to, to),
    field(zh.letters.unit, unit),
    h('div.field.check', h('label', overdue, ' ', zh.letters.overdueFirst)),
    h('div.field.buttons',
      h('button.btn.primary', { type: 'submit' }, zh.common.search),
      h('button.btn', { type: 'reset' }, zh.common.reset)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(state, { status: statusSel.value, from: from.value, to: to.value, unit: unit.value.trim(),
      overdueFirst: overdue.checked, offset: 0 });
    load();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    statusSel.value = initialStatus;
    Object.assign(state, { status: initialStatus, from: '', to: '', unit: '', overdueFirst: true, offset: 0 });
    load();
  }));

  const columns = [
    { label: zh.letters.receiptNumber, render: (l) => h('span.mono', l.receiptNumber) },
    { label: zh.letters.unit, render: (l) => l.requestingUnit || h('span.muted', '—') },
    { label: zh.letters.docNumber, render: (l) => l.docNumber || h('span.muted', '—') },
    { label: zh.letters.status, render: (l) => statusBadge(l.status, l.returned) },
    { label: zh.letters.dueDate, render: dueCell },
    { label: zh.letters.receivedAt, render: (l) => fmtDateTime(l.receivedAt), cls: 'nowrap' },
    ...extraColumns,
  ];

  async function fetchPage() {
    if (!mine) return api(paths.letters, { params: { ...state, limit } });
    const all = await api(paths.letters, { params: { ...state, offset: 0, limit: MINE_WINDOW } });
    const items = all.items.filter(mine);
    return { items: items.slice(state.offset, state.offset + limit), total: items.length, offset: state.offset, limit };
  }

  async function load() {
    host.setAttribute('aria-busy', 'true');
    try {
      const page = await fetchPage();
      await decorate?.(page.items);
      host.replaceChildren(
        table(columns, page.items, { onOpen, caption: title, rowClass: (l) => dueState(l) }),
        pager(page, (offset) => { state.offset = offset; load(); }));
    } catch (err) {
      showError(host, err);
    } finally {
      host.removeAttribute('aria-busy');
    }
  }
  load();
  const el = h('section.card.letter-list', h('h2', title), form, host);
  el.reload = load;
  return el;
}
