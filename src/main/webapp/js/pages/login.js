// Login in up to three steps: the password; the second factor (docs/rules.md#R24); a new password where one must be
// chosen first (R25). A wrong password, an unknown account and a paused one get the same message (R20).
import { api, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, alertBox } from '../ui.js';
import { passwordForm } from './account.js';

export function loginPage({ notice, onLoggedIn }) {
  const panel = h('div.login-panel');
  const username = h('input#username', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input#password', { type: 'password', name: 'password', autocomplete: 'current-password',
    required: true });
  const msg = h('div#login-message', notice ? alertBox('info', notice) : null);
  const submit = h('button.btn.primary.block#login-submit', { type: 'submit' }, zh.login.submit);
  const form = h('form.login-form', { 'aria-labelledby': 'login-title' },
    h('h1#login-title', zh.login.title),
    field(zh.login.username, username), field(zh.login.password, password), msg, submit,
    h('p.muted.small', zh.login.hint));

  /** Keeps the session; where the password must be changed first, asks for the new one before going on. */
  function loggedIn(res) {
    session.set(res);
    if (!res.passwordChangeRequired) { onLoggedIn(); return; }
    const typed = password.value;
    panel.replaceChildren(h('div.login-form', h('h1', zh.account.password), alertBox('info', zh.login.mustChange),
      passwordForm({ current: typed, onDone: () => { session.set({ ...res, passwordChangeRequired: false }); onLoggedIn(); } })));
    panel.querySelector('#new-password')?.focus();
  }

  function secondStep(res) {
    const code = h('input#second-factor-code', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
      required: true, maxlength: 20 });
    const msg2 = h('div#second-factor-message');
    const verify = h('button.btn.primary.block#second-factor-submit', { type: 'submit' }, zh.login.verify);
    const back = h('button.btn.ghost.block', { type: 'button', onclick: () => panel.replaceChildren(form) }, zh.login.back);
    const step = h('form.login-form', { 'aria-labelledby': 'second-title' },
      h('h1#second-title', `${zh.login.secondStep}：${res.secondFactorLabel}`),
      h('p', res.secondFactor === 'SMS' ? zh.login.smsPrompt(res.sentTo) : zh.login.totpPrompt),
      field(zh.login.code, code), msg2, verify, back);
    step.addEventListener('submit', async (e) => {
      e.preventDefault();
      verify.disabled = true;
      try {
        loggedIn(await api(paths.secondFactor, { method: 'POST', json: { challenge: res.challenge, code: code.value.trim() } }));
      } catch (err) {
        msg2.replaceChildren(alertBox('error', err.message));
        code.value = '';
        code.focus();
        if (err.code === 'SECOND_FACTOR_EXPIRED') { password.value = ''; }
      } finally {
        verify.disabled = false;
      }
    });
    panel.replaceChildren(step);
    code.focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    submit.textContent = zh.login.submitting;
    try {
      const res = await api(paths.login, { method: 'POST',
        json: { username: username.value.trim(), password: password.value } });
      if (res.challenge) secondStep(res); else loggedIn(res);
    } catch (err) {
      const text = err.code === 'LOGIN_FAILED' ? (err.body.message || zh.login.failed) : err.message;
      msg.replaceChildren(alertBox('error', text));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = zh.login.submit;
    }
  });
  panel.replaceChildren(form);
  setTimeout(() => username.focus());
  return h('div.login-screen',
    h('div.login-side',
      h('div.brand.large', h('span.emblem', { 'aria-hidden': 'true' }, zh.app.emblem),
        h('div', h('strong', zh.app.name), h('small', zh.app.org)))),
    panel);
}
