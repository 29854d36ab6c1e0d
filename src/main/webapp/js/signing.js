// 签发 with the password again and, once per confirmation's five minutes, the second-factor code (docs/rules.md#R24):
// the same dialog for a reply and for a 更正函 or 不予受理告知 (docs/rules.md#R90).
import { api, paths } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, field, dialog } from './ui.js';

/** The officer's answered confirmation, which covers his sign-offs from this computer for five minutes. */
let confirmation = null;

/** Asks for the password (and the code when due) and posts the sign-off to {@code path}; its answer, or null if cancelled. */
export async function signOffDialog(path) {
  const pw = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const needed = confirmation && Date.now() - confirmation.answeredAt < 4 * 60 * 1000 ? null
    : await api(paths.confirmation, { method: 'POST' });
  const ask = needed?.required ? needed.challenge : null;
  const code = ask ? h('input#sign-off-code', { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code',
    required: true, maxlength: 20 }) : null;
  return dialog(zh.signoff.signOff, h('div.stack', field(zh.signoff.password, pw),
    code ? field(ask.secondFactor === 'SMS' ? zh.signoff.codeSms(ask.sentTo) : zh.signoff.codeTotp, code) : null), {
    submitLabel: zh.signoff.signOff,
    collect: async () => {
      if (code && confirmation?.challenge !== ask.challenge) {
        await api(paths.confirmationAnswer, { method: 'POST', json: { challenge: ask.challenge, code: code.value.trim() },
          as: 'none' });
        confirmation = { challenge: ask.challenge, answeredAt: Date.now() };
      } else if (needed && !needed.required) {
        confirmation = null;
      }
      return api(path, { method: 'POST', json: { password: pw.value, challenge: confirmation?.challenge } });
    },
  });
}
