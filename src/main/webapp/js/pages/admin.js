// 系统管理员: users and roles (create, edit) and register imports with their versions; 安全管理员: unlocks,
// terminals and second-factor resets
// (三员分立, docs/rules.md#R22: each sees only the buttons of his own duty).
import { api, upload, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, card, pageHeader, table, pager, showError, toast, dialog, fmtDateTime, alertBox,
  nextId, select } from '../ui.js';

const PAGE = 20;

export async function usersPage() {
  const roles = await api(paths.roles);
  const host = h('div');
  const state = { q: '', offset: 0, users: [] };
  const search = h('input', { type: 'search', name: 'q', placeholder: zh.admin.searchHint });
  const filter = h('form.filters', { role: 'search' }, field(zh.common.search, search),
    h('div.field.buttons', h('button.btn.primary', { type: 'submit' }, zh.common.search)));
  filter.addEventListener('submit', (e) => { e.preventDefault(); state.q = search.value.trim(); state.offset = 0; draw(); });

  const columns = [
    { label: zh.admin.username, render: (u) => h('span.mono', u.username) },
    { label: zh.admin.displayName, key: 'displayName' },
    { label: zh.admin.roles, render: (u) => h('span.tags', (u.roleLabels ?? u.roles).map((r) => h('span.tag', r))) },
    { label: zh.admin.jobTitle, render: (u) => [u.jobTitle ?? '', u.contactDutyLabel ? h('span.tag', u.contactDutyLabel) : null] },
    { label: zh.admin.active, render: (u) => h('span.badge', { class: u.active ? 'ok' : 'muted' }, u.active ? zh.common.yes : zh.common.no) },
    { label: zh.admin.secondFactor, render: (u) => h('span.small', u.totpEnrolled ? zh.admin.totpBound
      : (u.mobile ? zh.admin.smsTo(u.mobile) : zh.admin.noFactor)) },
    { label: zh.admin.terminals, render: (u) => ((u.terminals ?? []).length
      ? h('span.mono.small', u.terminals.join('，')) : '—') },
    { label: zh.admin.locked, render: (u) => (u.lockedUntil && new Date(u.lockedUntil) > new Date()
      ? h('span.badge.danger', fmtDateTime(u.lockedUntil)) : '—') },
    { label: zh.correction.actions, render: (u) => h('span.row-buttons',
      session.has('ADMINISTRATOR') ? h('button.btn.small', { type: 'button', onclick: () => edit(u) }, zh.common.edit) : null,
      session.has('SECURITY_ADMINISTRATOR')
        ? h('button.btn.small', { type: 'button', onclick: () => terminals(u) }, zh.admin.terminals) : null,
      session.has('SECURITY_ADMINISTRATOR') && u.totpEnrolled
        ? h('button.btn.small', { type: 'button', onclick: () => resetFactor(u) }, zh.admin.resetTotp) : null,
      session.has('SECURITY_ADMINISTRATOR') && u.lockedUntil && new Date(u.lockedUntil) > new Date()
        ? h('button.btn.small', { type: 'button', onclick: () => unlock(u) }, zh.admin.unlock) : null) },
  ];
  function draw() {
    const q = state.q.toLowerCase();
    const rows = state.users.filter((u) => !q || u.username.toLowerCase().includes(q) || (u.displayName ?? '').includes(state.q));
    const page = { total: rows.length, offset: state.offset, limit: PAGE };
    host.replaceChildren(table(columns, rows.slice(state.offset, state.offset + PAGE), { caption: zh.admin.users }),
      pager(page, (o) => { state.offset = o; draw(); }));
  }
  async function load() {
    try { state.users = await api(paths.users); draw(); } catch (err) { showError(host, err); }
  }
  function roleBoxes(selected = []) {
    return h('fieldset.roles', h('legend', zh.admin.roles), roles.map((r) =>
      h('label.check', h('input', { type: 'checkbox', name: 'roles', value: r.name, checked: selected.includes(r.name) }),
        ' ', r.label)));
  }
  const checked = (fs) => [...fs.querySelectorAll('input:checked')].map((i) => i.value);
  async function create() {
    const username = h('input', { name: 'username', required: true, autocomplete: 'off' });
    const displayName = h('input', { name: 'displayName', required: true });
    const password = h('input', { type: 'password', name: 'password', required: true, autocomplete: 'new-password' });
    const mobile = h('input', { name: 'mobile', inputmode: 'tel', autocomplete: 'off' });
    const rs = roleBoxes();
    const done = await dialog(zh.admin.newUser, h('div.form-grid', field(zh.admin.username, username),
      field(zh.admin.displayName, displayName), field(zh.admin.password, password, { hint: zh.account.policy }),
      field(zh.admin.mobile, mobile, { hint: zh.admin.mobileHint }), rs), {
      submitLabel: zh.common.save,
      collect: () => api(paths.users, { method: 'POST', json: { username: username.value.trim(),
        displayName: displayName.value.trim(), password: password.value, mobile: mobile.value.trim() || null,
        roles: checked(rs) } }),
    });
    if (done) { toast(zh.admin.created); load(); }
  }
  async function edit(u) {
    const displayName = h('input', { name: 'displayName', value: u.displayName, required: true });
    const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password' });
    const active = h('input', { type: 'checkbox', name: 'active', checked: u.active });
    const mobile = h('input', { name: 'mobile', inputmode: 'tel', autocomplete: 'off', value: u.mobile ?? '' });
    const jobTitle = h('input', { name: 'jobTitle', maxlength: 50, value: u.jobTitle ?? '' });
    const duty = select([['', zh.admin.noDuty], ...Object.entries(zh.admin.duties)], u.contactDuty ?? '',
      { name: 'contactDuty' });
    const rs = roleBoxes(u.roles);
    const done = await dialog(`${zh.admin.editUser} ${u.username}`, h('div.form-grid',
      field(zh.admin.displayName, displayName), field(zh.admin.newPassword, password, { hint: zh.account.policy }),
      field(zh.admin.mobile, mobile, { hint: zh.admin.mobileHint }),
      field(zh.admin.jobTitle, jobTitle), field(zh.admin.contactDuty, duty),
      h('div.field.check', h('label', active, ' ', zh.admin.active)), rs), {
      submitLabel: zh.common.save,
      collect: () => api(paths.user(u.id), { method: 'PUT', json: { displayName: displayName.value.trim(),
        roles: checked(rs), active: active.checked, password: password.value || null, mobile: mobile.value.trim(),
        jobTitle: jobTitle.value.trim(), contactDuty: duty.value } }),
    });
    if (done) { toast(zh.admin.updated); load(); }
  }
  /** 登记专机 (docs/rules.md#R23): one address or CIDR range a line; an empty list removes them all. */
  async function terminals(u) {
    const list = h('textarea', { name: 'terminals', rows: 5, value: (u.terminals ?? []).join('\n') });
    const done = await dialog(`${zh.admin.terminals} ${u.username}`, h('div.form-grid',
      field(zh.admin.terminalsHint, list)), {
      submitLabel: zh.common.save,
      collect: () => api(paths.terminals(u.id), { method: 'PUT', json: {
        terminals: list.value.split(/[\s,，]+/).map((t) => t.trim()).filter(Boolean) } }),
    });
    if (done) { toast(zh.admin.updated); load(); }
  }
  /** A lost phone (docs/rules.md#R24): the account logs in by SMS until its owner binds a new app. */
  async function resetFactor(u) {
    if (!confirm(zh.admin.resetTotpConfirm(u.username))) return;
    try { await api(paths.resetSecondFactor(u.id), { method: 'POST' }); toast(zh.admin.updated); load(); }
    catch (err) { showError(host, err); }
  }
  async function unlock(u) {
    try { await api(paths.unlock(u.id), { method: 'POST' }); toast(zh.admin.unlocked); load(); }
    catch (err) { showError(host, err); }
  }
  load();
  return h('div', pageHeader(zh.admin.users, session.has('ADMINISTRATOR')
    ? h('button.btn.primary#new-user', { type: 'button', onclick: () => create() }, '+ ', zh.admin.newUser) : null),
  card(null, filter, host));
}


export function registerPage() {
  const msg = h('div#register-message');
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true });
  const mode = nextId('mode');
  const radio = (v, l, on) => h('label.radio', h('input', { type: 'radio', name: mode, value: v, checked: on }), ' ', l);
  const jobs = h('ul.upload-queue#import-jobs', { 'aria-label': zh.admin.imports, 'data-empty': zh.admin.jobsEmpty });
  const versions = h('div#register-versions');
  const form = h('form.inline-form',
    field(zh.admin.importFile, file),
    h('fieldset.inline', h('legend', zh.admin.mode), radio('snapshot', zh.admin.snapshot, true), radio('delta', zh.admin.delta)),
    h('button.btn.primary', { type: 'submit' }, zh.admin.startImport));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!file.files[0]) return;
    const fd = new FormData();
    fd.append('file', file.files[0], file.files[0].name);
    fd.append('mode', form.querySelector(`input[name="${mode}"]:checked`).value);
    const bar = h('progress', { max: 100, value: 0, 'aria-label': file.files[0].name });
    const state = h('span.upload-state', zh.admin.importing);
    const item = h('li.upload-item', h('div.upload-top', h('span.fname', file.files[0].name)), h('label.progress', bar, state));
    jobs.prepend(item);
    try {
      const { id } = await upload(paths.imports, fd, (p) => { bar.value = Math.round(p * 50); });
      let job;
      do {
        await new Promise((r) => setTimeout(r, 1000));
        job = await api(paths.importJob(id));
        state.textContent = zh.admin.readRows(job.rowsRead ?? 0);
      } while (job.status === 'RUNNING');
      bar.value = 100;
      state.textContent = job.status === 'DONE' ? `${zh.admin.jobStatus.DONE}，${job.message}：${counts(job.counts)}`
        : `${zh.admin.jobStatus.FAILED}：${job.error ?? ''}`;
      if (job.rejected?.length) {
        item.append(h('details', h('summary', `${zh.admin.rejected}（${job.rejected.length}）`),
          h('ul.plain.small', job.rejected.slice(0, 50).map((r) => h('li', zh.admin.rejectedRow(r.row, r.reason))))));
      }
      item.classList.add(job.status === 'DONE' ? 'ok' : 'failed');
      loadVersions();
    } catch (err) {
      item.classList.add('failed');
      state.textContent = err.message;
    }
  });
  async function loadVersions() {
    try {
      const res = await api(paths.versions);
      const rows = Array.isArray(res) ? res : res?.items ?? [];
      const n = (k) => ({ render: (v) => v.counts?.[k] ?? '', cls: 'num', label: zh.admin[k] });
      versions.replaceChildren(table([
        { label: zh.admin.version, render: (v) => v.version, cls: 'num' },
        { label: zh.admin.importedAt, render: (v) => fmtDateTime(v.importedAt), cls: 'nowrap' },
        { label: zh.admin.sourceFile, render: (v) => h('span', { title: v.sha256 ?? '' }, v.sourceFileName ?? '') },
        { label: zh.admin.mode, render: (v) => ({ snapshot: zh.admin.snapshot, delta: zh.admin.delta })[String(v.mode).toLowerCase()] ?? v.mode ?? '' },
        n('added'), n('updated'), n('removed'), n('rejected'),
      ], [...rows].reverse(), { caption: zh.admin.versions }));
    } catch (err) {
      versions.replaceChildren(alertBox('error', err.message));
    }
  }
  const counts = (c = {}) => ['added', 'unchanged', 'updated', 'removed', 'rejected']
    .map((k) => `${zh.admin[k]} ${c[k] ?? 0}`).join(' · ');
  loadVersions();
  return h('div', pageHeader(zh.admin.register), msg,
    h('div.grid-2', card(zh.admin.startImport, form, jobs), card(zh.admin.versions, versions)));
}

/** 常用复核意见 (docs/rules.md#R103): one phrase a line, in the order the reviewers see them. */
export async function phrasesPage() {
  const { phrases } = await api(paths.reviewPhrases);
  const text = h('textarea#review-phrases', { name: 'phrases', rows: 12, value: phrases.join('\n') });
  const msg = h('div#phrases-message');
  const form = h('form', field(zh.admin.phrases, text, { hint: zh.admin.phrasesHint, wide: true }),
    h('div.actions', h('button.btn.primary#save-phrases', { type: 'submit' }, zh.common.save)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    msg.replaceChildren();
    try {
      const saved = await api(paths.reviewPhrases, { method: 'PUT',
        json: { phrases: text.value.split('\n').map((p) => p.trim()).filter(Boolean) } });
      text.value = saved.phrases.join('\n');
      toast(zh.admin.phrasesSaved);
    } catch (err) {
      showError(msg, err);
    }
  });
  return h('div', pageHeader(zh.admin.phrases), card(null, msg, form));
}
