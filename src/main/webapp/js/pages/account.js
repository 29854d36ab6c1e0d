// 我的账户: one's own password (docs/rules.md#R25) and authenticator app with its recovery codes (R24).
import { api, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, card, pageHeader, alertBox, toast, showError } from '../ui.js';

/** The change-password form; `current` prefilled at the first login, where the password was just typed. */
export function passwordForm({ current = '', onDone }) {
  const cur = h('input#current-password', { type: 'password', name: 'current', autocomplete: 'current-password',
    required: true, value: current });
  const chosen = h('input#new-password', { type: 'password', name: 'chosen', autocomplete: 'new-password', required: true,
    minlength: 12 });
  const repeat = h('input#repeat-password', { type: 'password', name: 'repeat', autocomplete: 'new-password',
    required: true });
  const msg = h('div#password-message');
  const submit = h('button.btn.primary#password-submit', { type: 'submit' }, zh.account.save);
  const form = h('form.stack', current ? null : field(zh.account.current, cur),
    field(zh.account.chosen, chosen, { hint: zh.account.policy }), field(zh.account.repeat, repeat), msg, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (chosen.value !== repeat.value) { msg.replaceChildren(alertBox('error', zh.account.mismatch)); repeat.focus(); return; }
    submit.disabled = true;
    try {
      await api(paths.password, { method: 'POST', json: { current: cur.value, chosen: chosen.value } });
      chosen.value = ''; repeat.value = '';
      toast(zh.account.changed);
      onDone?.();
    } catch (err) {
      showError(msg, err);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function totpCard(me) {
  const body = h('div');
  function start() {
    api(paths.totpEnrolment, { method: 'POST' }).then((p) => {
      const code = h('input#totp-code', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
        pattern: '[0-9]{6}', maxlength: 6, required: true });
      const msg = h('div');
      const form = h('form.stack', field(zh.account.confirmCode, code), msg,
        h('button.btn.primary#totp-confirm', { type: 'submit' }, zh.account.done));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          const { recoveryCodes } = await api(paths.totpConfirm, { method: 'POST',
            json: { enrolment: p.enrolment, code: code.value.trim() } });
          body.replaceChildren(alertBox('ok', zh.account.bound), h('p', zh.account.recovery),
            h('ol.recovery-codes.mono#recovery-codes', recoveryCodes.map((c) => h('li', c))));
        } catch (err) { showError(msg, err); }
      });
      body.replaceChildren(h('p', zh.account.scan),
        h('img.qr#totp-qr', { src: p.qrCode, alt: p.keyUri, width: 200, height: 200 }),
        h('p.mono#totp-secret', p.secret.replace(/(.{4})/g, '$1 ').trim()), form);
      code.focus();
    }).catch((err) => showError(body, err));
  }
  if (me.totpEnrolled) {
    body.replaceChildren(alertBox('ok', zh.account.bound), h('p.muted.small', zh.account.resetHint));
  } else {
    body.replaceChildren(h('p', zh.account.notBound),
      h('button.btn.primary#totp-bind', { type: 'button', onclick: start }, zh.account.bind));
  }
  return card(zh.account.totp, body);
}

export async function accountPage() {
  const me = await api(paths.me);
  return h('div', pageHeader(zh.account.title),
    h('div.two-cards', card(zh.account.password, passwordForm({ onDone: changed })), totpCard(me)));
}

/** Once changed, the session may do the rest again. */
function changed() {
  const s = session.get();
  if (s?.passwordChangeRequired) { session.set({ ...s, passwordChangeRequired: false }); location.hash = '#/'; }
}

/** Whether the session must change its password before anything else. */
export function mustChangePassword() {
  return session.get()?.passwordChangeRequired === true;
}
