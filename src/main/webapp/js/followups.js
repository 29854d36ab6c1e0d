// 更正函 (docs/rules.md#R89) and 不予受理告知 (R91): drafting, the second person's review, the officer's sign-off (R90),
// on the objection, on a refused letter and in the officer's and reviewers' queues. The server checks everything again.
import { api, paths, session } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, card, field, select, dialog, toast, table, fmtDateTime, pdfFrame, showError, personName } from './ui.js';
import { signOffDialog } from './signing.js';

function statusLabel(f) {
  return (f.kind === 'CORRECTION' ? zh.followUp.status : zh.followUp.noticeStatus)[f.status] ?? f.statusLabel;
}

async function preview(f) {
  const blob = await api(paths.followUpPdf(f.id), { as: 'blob' });
  await dialog(`${f.kindLabel} ${f.number ?? ''}`, h('div.pdf-host', pdfFrame(blob, f.kindLabel, 'letter.pdf')),
    { submitLabel: zh.common.close });
}

async function review(f) {
  return dialog(zh.followUp.review, h('p', zh.followUp.reviewConfirm), {
    submitLabel: zh.followUp.review,
    collect: () => api(paths.correctionReview(f.objectionId), { method: 'POST', json: {} }),
  });
}

/** The buttons the caller's roles give him on {@code f}: preview, review (not his own draft), sign off. */
function actions(f, done, msg) {
  const me = session.user()?.username;
  const run = (fn, message) => async () => {
    try {
      const r = await fn();
      if (r) { toast(message(r)); done(); }
    } catch (e) { showError(msg, e); }
  };
  const canReview = session.has('REVIEWER') && f.awaitsReview && f.draftedBy?.username !== me;
  return h('span.follow-up-actions',
    h('button.btn.preview-follow-up', { type: 'button', onclick: () => preview(f).catch((e) => showError(msg, e)) },
      zh.followUp.preview),
    canReview ? h('button.btn.primary.review-correction', { type: 'button',
      onclick: run(() => review(f), () => zh.followUp.reviewed) }, zh.followUp.review) : null,
    session.has('REVIEWER') && f.awaitsReview && !canReview ? h('span.muted', zh.followUp.ownDraft) : null,
    session.has('PRINCIPAL_OFFICER') && f.awaitsSignOff ? h('button.btn.primary.sign-follow-up', { type: 'button',
      onclick: run(() => signOffDialog(paths.followUpSignOff(f.id)), (r) => zh.followUp.signed(r.number)) },
    zh.signoff.signOff) : null);
}

/** One 更正函 or 不予受理告知: what it is, where it stands, who took each step, and the caller's buttons. */
export function followUpLine(f, done) {
  const msg = h('div.follow-up-message');
  return h('div.follow-up', { 'data-id': f.id, 'data-status': f.status },
    h('p', h('strong', f.kindLabel), f.number ? ` ${f.number}` : '', f.corrects ? `（${zh.followUp.corrects(f.corrects)}）` : '',
      ' ', h('span.badge', { class: f.status === 'SIGNED' ? 'ok' : 'info' }, statusLabel(f)),
      ` ${zh.followUp.draftedBy} ${personName(f.draftedBy)} ${fmtDateTime(f.draftedAt)}`,
      f.reviewedBy ? ` · ${zh.followUp.reviewedBy} ${personName(f.reviewedBy)}` : '',
      f.signedBy ? ` · ${zh.followUp.signedBy} ${personName(f.signedBy)} ${fmtDateTime(f.signedAt)}` : ''),
    f.candidates.length ? h('p.muted', ...f.candidates.map((c) => h('span.candidate', `${c.serial}. ${c.name} `,
      h('span.mono', c.idNumber), ` ${c.result} `))) : null,
    actions(f, done, msg), msg);
}

/** 起草更正函: per candidate the objection names, his corrected result (listed: on which court's 案号). */
export async function draftCorrection(o) {
  const rows = o.candidates.map((c) => {
    const listed = select([['false', zh.followUp.outcomes.false], ['true', zh.followUp.outcomes.true]], 'false',
      { name: `listed-${c.serial}` });
    const court = h('input', { name: `court-${c.serial}`, maxlength: 60 });
    const caseNumber = h('input', { name: `case-${c.serial}`, maxlength: 60 });
    const record = h('div.form-grid.correction-record', { hidden: true }, field(zh.followUp.court, court),
      field(zh.followUp.caseNumber, caseNumber));
    listed.addEventListener('change', () => {
      record.hidden = listed.value !== 'true';
      court.required = caseNumber.required = !record.hidden;
    });
    return { c, listed, court, caseNumber, el: h('div.wide', field(zh.followUp.correctTo(c.serial, c.name), listed), record) };
  });
  return dialog(zh.followUp.draftCorrection, h('div.form-grid', h('p.muted.wide', zh.followUp.correctionHint(o.replyNumber)),
    ...rows.map((r) => r.el)), {
    submitLabel: zh.followUp.draftCorrection,
    collect: () => api(paths.correction(o.id), { method: 'POST', json: { results: rows.map((r) => ({
      serial: r.c.serial, listed: r.listed.value === 'true',
      ...(r.listed.value === 'true' ? { court: r.court.value.trim(), caseNumber: r.caseNumber.value.trim() } : {}),
    })) } }),
  });
}

/** A refused letter's 不予受理告知, or the button to draft it (the registry or the letter's handler). */
export async function refusalNoticeCard(l, done) {
  if (l.status !== 'REJECTED') return null;
  const canDraft = session.has('REGISTRY_CLERK') || (session.has('HANDLER') && l.handler?.username === session.user()?.username);
  const notices = (await api(paths.letterFollowUps(l.id))).filter((f) => f.kind === 'REFUSAL_NOTICE');
  const msg = h('div');
  const draft = async () => {
    try {
      if (await dialog(zh.followUp.draftNotice, h('p', zh.followUp.noticeHint), { submitLabel: zh.followUp.draftNotice,
        collect: () => api(paths.refusalNotice(l.id), { method: 'POST', json: {} }) })) {
        toast(zh.followUp.noticeDrafted); done();
      }
    } catch (e) { showError(msg, e); }
  };
  return card(zh.followUp.refusalNotice, ...notices.map((f) => followUpLine(f, done)),
    !notices.length && canDraft ? h('div.actions', h('button.btn#draft-refusal-notice', { type: 'button', onclick: draft },
      zh.followUp.draftNotice)) : null, notices.length || canDraft ? null : h('p.muted', zh.followUp.none), msg);
}

/** What waits for the caller: the officer's 更正函 and notices to sign, a reviewer's 更正函 to review. */
export async function followUpQueue(done) {
  const waiting = await api(paths.followUps);
  const title = session.has('PRINCIPAL_OFFICER') ? zh.followUp.queue : zh.followUp.reviewQueue;
  const msg = h('div');
  return h('section.card.follow-up-queue', h('h2', title), msg, waiting.length
    ? table([
      { label: zh.followUp.kind, render: (f) => f.kindLabel + (f.corrects ? `（${zh.followUp.corrects(f.corrects)}）` : '') },
      { label: zh.followUp.draftedBy, render: (f) => `${personName(f.draftedBy)} ${fmtDateTime(f.draftedAt)}` },
      { label: zh.followUp.reviewedBy, render: (f) => personName(f.reviewedBy) },
      { label: '', render: (f) => actions(f, done, msg) },
    ], waiting, { caption: title })
    : h('p.muted', zh.followUp.none));
}

/** {@link followUpQueue} in a host that redraws itself after each step (the officer's and reviewers' queue pages). */
export function followUpQueueHost() {
  const host = h('div.follow-up-host');
  const load = () => followUpQueue(load).then((el) => host.replaceChildren(el))
    .catch((e) => showError(host, e));
  load();
  return host;
}
