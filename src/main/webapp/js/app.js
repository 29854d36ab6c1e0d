// The shell: hash routes, the header with the logged-in user and logout, navigation per role held.
import { api, paths, session, onSessionExpired } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, showError, setZone } from './ui.js';
import { skipToList } from './listKeys.js';
import { loginPage } from './pages/login.js';
import { registryPage, letterPage, lettersPage } from './pages/registry.js';
import { correctionQueue, correctionPage } from './pages/correction.js';
import { handlerQueue, handlerPage } from './pages/handler.js';
import { reviewQueue, reviewPage } from './pages/review.js';
import { signoffQueue, signoffPage } from './pages/signoff.js';
import { usersPage, registerPage, phrasesPage } from './pages/admin.js';
import { auditPage } from './pages/audit.js';
import { statisticsPage } from './pages/statistics.js';
import { accountPage } from './pages/account.js';
import { ledgerPage } from './pages/ledger.js';
import { contactsPage } from './pages/contacts.js';
import { workbenchPage, noticesPage } from './pages/workbench.js';
import { processingSheet, registerBook } from './pages/print.js';

// Who reads the 核查登记表 and the 联络表 (as the API allows: docs/rules.md#R77, #R79).
const LEDGER = ['REGISTRY_CLERK', 'HANDLER', 'REVIEWER', 'PRINCIPAL_OFFICER', 'ADMINISTRATOR'];
const CONTACTS = ['ADMINISTRATOR', 'SECURITY_ADMINISTRATOR', 'PRINCIPAL_OFFICER'];
// Who reads letters (the API's LetterResource): the print views are theirs.
const LETTERS = ['REGISTRY_CLERK', 'CORRECTION_CLERK', 'HANDLER', 'REVIEWER', 'PRINCIPAL_OFFICER', 'ADMINISTRATOR'];

/** Navigation entries in the order of the letter's path; each visible to the roles listed. */
const NAV = [
  { href: '#/workbench', label: zh.nav.workbench, roles: Object.keys(zh.roles) },
  { href: '#/registry', label: zh.nav.registry, roles: ['REGISTRY_CLERK'] },
  { href: '#/correction', label: zh.nav.correction, roles: ['CORRECTION_CLERK'] },
  { href: '#/handler', label: zh.nav.handler, roles: ['HANDLER'] },
  { href: '#/review', label: zh.nav.review, roles: ['REVIEWER'] },
  { href: '#/signoff', label: zh.nav.signoff, roles: ['PRINCIPAL_OFFICER'] },
  { href: '#/admin/users', label: zh.nav.users, roles: ['ADMINISTRATOR', 'SECURITY_ADMINISTRATOR'] },
  { href: '#/admin/register', label: zh.nav.register, roles: ['ADMINISTRATOR'] },
  { href: '#/admin/phrases', label: zh.nav.phrases, roles: ['ADMINISTRATOR'] },
  { href: '#/letters', label: zh.nav.letters, roles: ['ADMINISTRATOR'] },
  { href: '#/audit', label: zh.nav.audit, roles: ['AUDITOR'] },
  { href: '#/statistics', label: zh.nav.statistics, roles: ['AUDITOR', 'ADMINISTRATOR', 'PRINCIPAL_OFFICER'] },
  { href: '#/ledger', label: zh.nav.ledger, roles: LEDGER },
  { href: '#/contacts', label: zh.nav.contacts, roles: CONTACTS },
];

const ALL = Object.keys(zh.roles);
const ROUTES = [
  [/^\/workbench$/, ALL, workbenchPage],
  [/^\/notices$/, ALL, noticesPage],
  [/^\/registry$/, ['REGISTRY_CLERK'], registryPage],
  [/^\/letters$/, ['ADMINISTRATOR'], lettersPage],
  [/^\/letters\/([^/]+)$/, ALL, letterPage],
  [/^\/letters\/([^/]+)\/sheet$/, LETTERS, processingSheet],
  [/^\/register-book$/, LETTERS, registerBook],
  [/^\/correction$/, ['CORRECTION_CLERK'], correctionQueue],
  [/^\/correction\/([^/]+)$/, ['CORRECTION_CLERK'], correctionPage],
  [/^\/handler$/, ['HANDLER'], handlerQueue],
  [/^\/handler\/([^/]+)$/, ['HANDLER'], handlerPage],
  [/^\/review$/, ['REVIEWER'], reviewQueue],
  [/^\/review\/([^/]+)$/, ['REVIEWER'], reviewPage],
  [/^\/signoff$/, ['PRINCIPAL_OFFICER'], signoffQueue],
  [/^\/signoff\/([^/]+)$/, ['PRINCIPAL_OFFICER'], signoffPage],
  [/^\/admin\/users$/, ['ADMINISTRATOR', 'SECURITY_ADMINISTRATOR'], usersPage],
  [/^\/admin\/register$/, ['ADMINISTRATOR'], registerPage],
  [/^\/admin\/phrases$/, ['ADMINISTRATOR'], phrasesPage],
  [/^\/audit$/, ['AUDITOR'], auditPage],
  [/^\/statistics$/, ['AUDITOR', 'ADMINISTRATOR', 'PRINCIPAL_OFFICER'], statisticsPage],
  [/^\/account$/, ALL, accountPage],
  [/^\/ledger$/, LEDGER, ledgerPage],
  [/^\/contacts$/, CONTACTS, contactsPage],
];

const root = document.getElementById('app');
// Survives a reload, so a session that ended is explained even after F5.
const NOTICE = 'cqd.notice';

export function navigate(hash) { location.hash = hash; }

/** A page with unsaved work registers a check; leaving it (link, back, logout, reload) then asks first. */
let leaveGuard = null;
export function guardLeave(hasUnsavedWork) { leaveGuard = hasUnsavedWork; }
function mayLeave() {
  if (!leaveGuard?.() || confirm(zh.common.leaveUnsaved)) { leaveGuard = null; return true; }
  return false;
}
window.addEventListener('beforeunload', (e) => { if (leaveGuard?.()) e.preventDefault(); });

function home() {
  const roles = session.user()?.roles ?? [];
  return NAV.find((n) => n.roles.some((r) => roles.includes(r)))?.href ?? '#/login';
}

/** Ends this session, or with everywhere set every session of the account (docs/rules.md#R20). */
async function logout(everywhere = false) {
  if (!mayLeave()) return;
  try { await api(everywhere ? paths.logoutEverywhere : paths.logout, { method: 'POST', as: 'none' }); }
  catch { /* the token is dropped anyway */ }
  session.clear();
  navigate('#/login');
}

/** The header's link to the reminders, with the unread count (docs/rules.md#R84), refreshed as they are read. */
function noticeLink() {
  const count = h('span.notice-count#notice-count', { hidden: true });
  const link = h('a.notices-link#notices-link', { href: '#/notices', title: zh.shell.notices }, zh.shell.notices, count);
  const refresh = () => api(paths.notices).then((inbox) => {
    count.textContent = String(inbox.unread);
    count.hidden = !inbox.unread;
    link.setAttribute('aria-label', inbox.unread ? zh.shell.unreadNotices(inbox.unread) : zh.shell.notices);
  }).catch(() => { /* the page itself shows what went wrong */ });
  refreshNotices = refresh;
  refresh();
  return link;
}
let refreshNotices = null;
document.addEventListener('cqd:notices', () => refreshNotices?.());

function shell(path, content) {
  const user = session.user();
  const roles = user.roles ?? [];
  const nav = NAV.filter((n) => n.roles.some((r) => roles.includes(r)));
  const labels = user.roleLabels?.length ? user.roleLabels : roles.map((r) => zh.roles[r] ?? r);
  return [
    h('a.skip', { href: '#main', onclick: (e) => { e.preventDefault(); document.getElementById('main').focus(); } },
      zh.shell.skip),
    skipToList(),
    h('header.topbar',
      h('div.brand', h('span.emblem', { 'aria-hidden': 'true' }, zh.app.emblem),
        h('div', h('strong', zh.app.name), h('small', zh.app.org))),
      h('nav.mainnav', { 'aria-label': zh.shell.mainNav },
        nav.map((n) => h('a', { href: n.href, 'aria-current': ('#' + path).startsWith(n.href) ? 'page' : null },
          n.label))),
      h('div.who',
        h('span.user', { title: zh.shell.loggedInAs },
          h('span.sr-only', zh.shell.loggedInAs + '：'),
          h('a#current-user', { href: '#/account', title: zh.shell.account }, h('strong', user.displayName ?? user.username)),
          h('span.roles', labels.join(' · '))),
        noticeLink(),
        h('button.btn.ghost#logout', { type: 'button', onclick: () => logout() }, zh.shell.logout),
        h('button.btn.ghost#logout-everywhere', { type: 'button', onclick: () => logout(true),
          title: zh.shell.logoutEverywhereHint }, zh.shell.logoutEverywhere))),
    h('main#main', { tabindex: '-1' }, content),
  ];
}

async function render() {
  const path = location.hash.replace(/^#/, '') || '/';
  if (path === '/login' || !session.get()) {
    if (path !== '/login') { navigate('#/login'); return; }
    root.replaceChildren(loginPage({ notice: sessionStorage.getItem(NOTICE),
      onLoggedIn: () => { sessionStorage.removeItem(NOTICE); navigate(home()); } }));
    document.title = `${zh.login.title} - ${zh.app.name}`;
    return;
  }
  // A password that must be changed first allows nothing else (docs/rules.md#R25).
  if (session.get().passwordChangeRequired && path !== '/account') { navigate('#/account'); return; }
  const route = ROUTES.find(([re]) => re.test(path));
  if (!route) { navigate(home()); return; }
  const [re, roles, page] = route;
  if (!roles.some((r) => session.has(r))) { navigate(home()); return; }
  const holder = h('div.page', { 'aria-busy': 'true' }, h('p.muted', zh.common.loading));
  root.replaceChildren(...shell(path, holder));
  try {
    const node = await page(...path.match(re).slice(1).map(decodeURIComponent));
    holder.replaceChildren(node);
    const title = holder.querySelector('h1')?.textContent;
    document.title = title ? `${title} - ${zh.app.name}` : zh.app.name;
  } catch (err) {
    showError(holder, err);
  } finally {
    holder.removeAttribute('aria-busy');
  }
}

let shownHash = location.hash;
onSessionExpired(() => { leaveGuard = null; sessionStorage.setItem(NOTICE, zh.common.sessionExpired); navigate('#/login'); });
window.addEventListener('hashchange', () => {
  if (location.hash !== shownHash && !mayLeave()) { history.replaceState(null, '', shownHash); return; }
  shownHash = location.hash;
  render();
});
api(paths.settings).then((settings) => { setZone(settings.zone); render(); })
  .catch((err) => showError(root, err));
