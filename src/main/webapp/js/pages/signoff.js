// 主要负责人: replies awaiting sign-off, the PDF in the page, sign off with the password again or return with a comment.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, field, card, pageHeader, statusBadge, dueCell, letterFacts, facts, fmtDateTime, showError, toast, dialog, alertBox,
  pdfFrame, refusalNote } from '../ui.js';
import { letterList } from '../letterList.js';
import { followUpQueueHost } from '../followups.js';
import { signOffDialog } from '../signing.js';

export function signoffQueue() {
  return h('div', pageHeader(zh.signoff.title),
    followUpQueueHost(),
    letterList({ title: zh.signoff.queue, statuses: ['DRAFTED', 'SIGNED', 'DISPATCHED'], initialStatus: 'DRAFTED',
      extraColumns: [{ label: zh.handler.handlerCol, render: (l) => l.handler ?? '' }],
      onOpen: (l) => navigate(`#/signoff/${l.id}`) }));
}

export async function signoffPage(id) {
  const letter = await api(paths.letter(id));
  const msg = h('div#signoff-message');
  const preview = h('div.pdf-host', h('p.muted', zh.common.loading));
  api(paths.replyPdf(id), { as: 'blob' }).then((b) => preview.replaceChildren(pdfFrame(b)))
    .catch((err) => preview.replaceChildren(alertBox('error', err.message)));

  async function signOff() {
    const done = await signOffDialog(paths.signOff(id));
    if (done) { toast(zh.signoff.signed(done.number)); navigate('#/signoff'); }
  }
  async function returnIt() {
    const comment = h('textarea', { name: 'comment', rows: 4, required: true });
    const done = await dialog(zh.signoff.returnIt, field(zh.signoff.comment, comment), {
      submitLabel: zh.signoff.returnIt, danger: true,
      collect: async () => {
        await api(paths.returnLetter(id), { method: 'POST', json: { comment: comment.value.trim() }, as: 'none' });
        return true;
      },
    });
    if (done) { toast(zh.signoff.returned); navigate('#/signoff'); }
  }
  const reply = await api(paths.reply(id)).catch(() => null);
  const pending = letter.status === 'DRAFTED';
  // An officer who took a step on the letter may return the draft but not sign it (docs/rules.md#R19).
  const refused = pending ? refusalNote(letter, 'SIGN_OFF') : null;
  return h('div', pageHeader(`${zh.signoff.title} ${letter.receiptNumber}`, statusBadge(letter.status), dueCell(letter),
    h('button.btn', { type: 'button', onclick: () => navigate('#/signoff') }, zh.common.back),
    pending ? h('button.btn.danger#return-reply', { type: 'button', onclick: () => returnIt().catch((e) => showError(msg, e)) },
      zh.signoff.returnIt) : null,
    pending && !refused ? h('button.btn.primary#sign-off', { type: 'button', onclick: () => signOff().catch((e) => showError(msg, e)) },
      zh.signoff.signOff) : null),
  msg, refused,
  h('div.signoff-layout',
    card(zh.letters.detail, letterFacts(letter), reply ? facts([
      [zh.handler.draftedAt, `${fmtDateTime(reply.draftedAt)} ${reply.draftedBy ?? ''}`],
      [zh.handler.handlerCol, letter.handler ?? null],
      [zh.handler.replyNumber, reply.number ? reply.number : undefined],
      [zh.handler.signedAt, reply.signedAt ? `${fmtDateTime(reply.signedAt)} ${reply.signedBy ?? ''}` : undefined],
    ]) : null),
    card(zh.signoff.preview, preview)));
}
