// Login: wrong password and locked account get their own clear message.
import { api, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, alertBox } from '../ui.js';

export function loginPage({ notice, onLoggedIn }) {
  const username = h('input#username', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input#password', { type: 'password', name: 'password', autocomplete: 'current-password',
    required: true });
  const msg = h('div#login-message', notice ? alertBox('info', notice) : null);
  const submit = h('button.btn.primary.block#login-submit', { type: 'submit' }, zh.login.submit);
  const form = h('form.login-form', { 'aria-labelledby': 'login-title' },
    h('h1#login-title', zh.login.title),
    field(zh.login.username, username), field(zh.login.password, password), msg, submit,
    h('p.muted.small', zh.login.hint));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    submit.textContent = zh.login.submitting;
    try {
      const res = await api(paths.login, { method: 'POST',
        json: { username: username.value.trim(), password: password.value } });
      session.set(res);
      onLoggedIn();
    } catch (err) {
      // One answer for a wrong password, an unknown account and a locked one (docs/rules.md#R20).
      const text = err.code === 'LOGIN_FAILED' ? (err.body.message || zh.login.failed) : err.message;
      msg.replaceChildren(alertBox('error', text));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = zh.login.submit;
    }
  });
  setTimeout(() => username.focus());
  return h('div.login-screen',
    h('div.login-side',
      h('div.brand.large', h('span.emblem', { 'aria-hidden': 'true' }, zh.app.emblem),
        h('div', h('strong', zh.app.name), h('small', zh.app.org)))),
    h('div.login-panel', form));
}
