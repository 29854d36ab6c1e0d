// Keyboard use of every list whose rows open something (issue 17): the shell's "跳到列表" link reaches the first
// list's row in two Tabs, ↑/↓ move between its rows, Home/End go to the first/last, Enter opens the row. Only one row
// of a list is in the Tab order (the one last focused), so Tab leaves the list in one step.
import { h } from './ui.js';
import { zh } from './i18n/zh-CN.js';

const SKIP_ID = 'skip-list';

/** The skip link the shell puts after its own: hidden until the page shows a list. */
export function skipToList() {
  return h(`a.skip#${SKIP_ID}`, { href: '#main', hidden: true, onclick: (e) => {
    e.preventDefault();
    const list = document.querySelector('main [data-list-keys]');
    (list?.querySelector('tbody tr[tabindex="0"]') ?? list ?? document.getElementById('main'))?.focus();
  } }, zh.shell.skipToList);
}

/** Makes the rows (tr.clickable, each opening on click) of this table's body a keyboard list. */
export function listKeys(tableEl) {
  const rows = () => [...tableEl.tBodies[0].rows].filter((tr) => tr.classList.contains('clickable'));
  const current = (tr) => rows().forEach((r) => { r.tabIndex = r === tr ? 0 : -1; });
  tableEl.dataset.listKeys = '';
  tableEl.tabIndex = -1;
  current(rows()[0]);
  tableEl.addEventListener('focusin', (e) => {
    const tr = e.target.closest('tr.clickable');
    if (tr && tableEl.contains(tr)) current(tr);
  });
  tableEl.addEventListener('keydown', (e) => {
    const tr = e.target.closest?.('tr.clickable');
    if (!tr || e.target !== tr || e.altKey || e.ctrlKey || e.metaKey) return;
    const all = rows();
    const at = all.indexOf(tr);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (e.key === 'Enter') {
      e.preventDefault();
      tr.click();
    } else if (to !== undefined) {
      e.preventDefault();
      const next = all[Math.max(0, Math.min(all.length - 1, to))];
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  });
  const link = document.getElementById(SKIP_ID);
  if (link) link.hidden = false;
  return tableEl;
}
