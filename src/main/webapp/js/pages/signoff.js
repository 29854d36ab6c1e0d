// 主要负责人: replies awaiting sign-off, what the reply answers (the screening's result and its review) above the PDF,
// sign off with the password again or return with a comment.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, field, card, pageHeader, statusBadge, dueCell, letterFacts, facts, fmtDateTime, showError, toast, dialog, alertBox,
  pdfFrame, refusalNote, personName, table, maskId } from '../ui.js';
import { letterList } from '../letterList.js';
import { isFlagged, isHit, reviewBadge, screeningSummary } from '../screening.js';
import { dispositionFacts } from '../letterActions.js';
import { followUpQueueHost } from '../followups.js';
import { signOffDialog } from '../signing.js';

export function signoffQueue() {
  return h('div', pageHeader(zh.signoff.title),
    followUpQueueHost(),
    letterList({ title: zh.signoff.queue, statuses: ['DRAFTED', 'SIGNED', 'DISPATCHED'], initialStatus: 'DRAFTED',
      extraColumns: [{ label: zh.handler.handlerCol, render: (l) => personName(l.handler) }],
      onOpen: (l) => navigate(`#/signoff/${l.id}`) }));
}

/**
 * What the officer signs (issue 17: he signed without seeing the result): how many candidates, hits and possible hits,
 * each flagged one with the reviewer's decision, note and name, and the extension if the due date was extended.
 */
function resultSummary(letter, screening) {
  const t = zh.signoff;
  const flagged = screening ? screening.results.filter(isFlagged) : [];
  const outcome = (r) => h('span.badge', { class: isHit(r) ? 'danger' : 'warn' }, isHit(r) ? zh.handler.hit : zh.review.possible);
  const reviewed = (r) => (r.review ? `${personName(r.review.reviewer)} ${fmtDateTime(r.review.at)}` : '');
  const extension = dispositionFacts(letter).filter(([, v]) => v !== undefined);
  return h('section.card.signoff-summary#signoff-summary', h('h2', t.summary),
    screening ? screeningSummary(screening) : alertBox('info', t.noScreening),
    screening && !flagged.length ? h('p.no-hits', t.noHits) : null,
    flagged.length ? [h('h3', t.flagged(flagged.length)), table([
      { label: t.cols.index, key: 'index', cls: 'num' },
      { label: t.cols.name, render: (r) => h('strong', r.name) },
      { label: t.cols.idNumber, render: (r) => h('span.mono', maskId(r.idNumber)) },
      { label: t.cols.outcome, render: outcome },
      { label: t.cols.decision, render: reviewBadge },
      { label: t.cols.note, render: (r) => r.review?.note ?? '' },
      { label: t.cols.reviewer, render: reviewed, cls: 'nowrap' },
    ], flagged, { caption: t.flagged(flagged.length), rowClass: (r) => (isHit(r) ? 'hit' : 'possible') })] : null,
    extension.length ? [h('h3', t.extension), facts(extension)] : null);
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
  const [reply, screening] = await Promise.all([api(paths.reply(id)).catch(() => null),
    api(paths.screening(id)).catch((err) => (err.status === 404 ? null : Promise.reject(err)))]);
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
      [zh.handler.draftedAt, `${fmtDateTime(reply.draftedAt)} ${personName(reply.draftedBy)}`],
      [zh.handler.handlerCol, personName(letter.handler) || null],
      [zh.handler.replyNumber, reply.number ? reply.number : undefined],
      [zh.handler.signedAt, reply.signedAt ? `${fmtDateTime(reply.signedAt)} ${personName(reply.signedBy)}` : undefined],
    ]) : null),
    resultSummary(letter, screening)),
  h('section.card.signoff-pdf', h('h2', zh.signoff.preview), preview));
}
