// The letter list with filters and paging, shared by every role's queue.
import { api, paths } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, field, select, dateInput, table, pager, statusBadge, dueCell, dueState, fmtDateTime, showError } from './ui.js';

/**
 * statuses: the statuses offered in the filter (first = default; '' means all);
 * onOpen(letter): what a click on a row does; handler: only this handler's letters (searched by the server);
 * within: the statuses "all" stands for (a queue leaves rejected and voided letters out, docs/rules.md#R64);
 * extraColumns: columns added after the standard ones; decorate(letters): awaited before a page shows, to add what
 * those columns show. The server searches, sorts and pages (docs/rules.md#R93).
 */
export function letterList({ statuses, initialStatus = '', onOpen, title = zh.letters.list, limit = 20, handler,
  within, extraColumns = [], decorate }) {
  const blank = { q: '', status: initialStatus, from: '', to: '', unit: '', hits: false, overdueFirst: true, sort: '',
    dir: '', offset: 0 };
  const state = { ...blank };
  const host = h('div.list-body');
  const note = h('p.muted.search-note', { 'aria-live': 'polite' });
  const q = h('input.search-box', { type: 'search', name: 'q', placeholder: zh.search.placeholder,
    'aria-label': zh.search.label, maxlength: 100 });
  const hits = h('input', { type: 'checkbox', name: 'hits' });
  const statusSel = select([['', zh.common.all], ...statuses.map((s) => [s, zh.status[s]])], state.status,
    { name: 'status' });
  const from = dateInput({ name: 'from' });
  const to = dateInput({ name: 'to' });
  const unit = h('input', { type: 'search', name: 'unit', placeholder: zh.letters.unitExample });
  const overdue = h('input', { type: 'checkbox', name: 'overdueFirst', checked: true });
  const form = h('form.filters', { role: 'search', 'aria-label': zh.letters.filters },
    field(zh.search.label, q), field(zh.letters.status, statusSel), field(zh.letters.from, from), field(zh.letters.to, to),
    field(zh.letters.unit, unit),
    h('div.field.check', h('label', hits, ' ', zh.search.hitsOnly)),
    h('div.field.check', h('label', overdue, ' ', zh.letters.overdueFirst)),
    h('div.field.buttons',
      h('button.btn.primary', { type: 'submit' }, zh.common.search),
      h('button.btn', { type: 'reset' }, zh.common.reset)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(state, { q: q.value.trim(), status: statusSel.value, from: from.value, to: to.value,
      unit: unit.value.trim(), hits: hits.checked, overdueFirst: overdue.checked, offset: 0 });
    load();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    statusSel.value = initialStatus;
    Object.assign(state, blank);
    load();
  }));

  // A sortable column's header is a button: the first click sorts by it, the next turns the order round.
  function sortable(label, sort) {
    return {
      label: () => {
        const active = state.sort === sort;
        const arrow = active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : '';
        return h('button.linklike.sort', { type: 'button', 'data-sort': sort,
          title: zh.search.sortBy(label), onclick: () => {
            Object.assign(state, { dir: active && state.dir === 'desc' ? 'asc' : 'desc', sort, overdueFirst: false,
              offset: 0 });
            overdue.checked = false;
            load();
          } }, label, arrow);
      },
    };
  }
  const columns = [
    { ...sortable(zh.letters.receiptNumber, 'receiptNumber'), render: (l) => h('span.mono', l.receiptNumber) },
    { ...sortable(zh.letters.unit, 'requestingUnit'), render: (l) => l.requestingUnit || h('span.muted', '—') },
    { ...sortable(zh.letters.docNumber, 'docNumber'), render: (l) => l.docNumber || h('span.muted', '—') },
    { ...sortable(zh.letters.status, 'status'), render: (l) => statusBadge(l.status, l.returned) },
    { ...sortable(zh.letters.dueDate, 'dueDate'), render: dueCell },
    { ...sortable(zh.letters.receivedAt, 'receivedAt'), render: (l) => fmtDateTime(l.receivedAt), cls: 'nowrap' },
    ...extraColumns,
  ];

  async function load() {
    host.setAttribute('aria-busy', 'true');
    try {
      const params = { ...state, limit };
      if (handler) params.handler = handler;
      if (!params.status && within) params.status = within.join(',');
      const page = await api(paths.letters, { params });
      await decorate?.(page.items);
      note.textContent = page.searchedAs && page.searchedAs !== 'TEXT' ? page.searchNote : '';
      const shown = columns.map((c) => (typeof c.label === 'function' ? { ...c, label: c.label() } : c));
      host.replaceChildren(
        table(shown, page.items, { onOpen, caption: title, rowClass: (l) => dueState(l) }),
        pager(page, (offset) => { state.offset = offset; load(); }));
    } catch (err) {
      showError(host, err);
    } finally {
      host.removeAttribute('aria-busy');
    }
  }
  load();
  const el = h('section.card.letter-list', h('h2', title), form, note, host);
  el.reload = load;
  return el;
}
