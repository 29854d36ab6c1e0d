// 经办人: my letters, run the screening, see results per candidate, draft the reply and open/download it.
import { api, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, card, pageHeader, statusBadge, dueCell, facts, showError, toast, saveBlob, alertBox, pdfFrame,
  fmtDateTime, refusalNote, personName, fill, progressNote } from '../ui.js';
import { letterList } from '../letterList.js';
import { resultsView, screeningSummary, withHitCounts, hitCountColumn } from '../screening.js';
import { letterActions, dispositionFacts } from '../letterActions.js';
import { objectionsCard } from '../objections.js';
import { timelineCard } from '../timeline.js';
import { sheetLink, registerBookLink } from './print.js';
import { refusalNoticeCard } from '../followups.js';

const QUEUE = ['VERIFIED', 'SCREENED', 'IN_REVIEW', 'REVIEWED', 'DRAFTED', 'SIGNED', 'DISPATCHED'];

export function handlerQueue() {
  const me = session.user()?.username;
  return h('div', pageHeader(zh.handler.title, registerBookLink()),
    letterList({ title: zh.handler.queue, statuses: QUEUE,
      // A handler's queue is the letters assigned to them, rejected and voided ones left out (docs/rules.md#R64).
      handler: me, within: QUEUE,
      extraColumns: [hitCountColumn], decorate: withHitCounts,
      onOpen: (l) => navigate(`#/handler/${l.id}`) }));
}

const REPLY_STATUSES = ['DRAFTED', 'SIGNED', 'DISPATCHED'];

export async function handlerPage(id) {
  const root = h('div.handler-page');
  await draw(root, id);
  return root;
}

/** Builds the page from the letter as it is now; every action redraws it. */
async function draw(root, id) {
  const letter = await api(paths.letter(id));
  const me = session.user()?.username;
  const mine = letter.handler?.username === me;
  const msg = h('div#handler-message');
  const results = h('div.results#screening-results', h('p.muted', zh.common.loading));
  const pdfHost = h('div.pdf-host');
  let screening = null;
  let reply = null;

  const redraw = () => draw(root, id).catch((err) => showError(msg, err));
  async function act(button, fn) {
    button.disabled = true;
    msg.replaceChildren();
    try { await fn(); } catch (err) { showError(msg, err); button.disabled = false; }
  }
  const screenBtn = h('button.btn.primary#run-screening', { type: 'button', onclick: () => act(screenBtn, async () => {
    const s = await api(paths.screening(id), { method: 'POST' });
    toast(s.hitCount || s.possibleHitCount ? zh.handler.screenedHits(s.hitCount, s.possibleHitCount)
      : zh.handler.screenedClear);
    await redraw();
  }) }, zh.handler.runScreening);
  const draftBtn = h('button.btn.primary#draft-reply', { type: 'button', onclick: () => act(draftBtn, async () => {
    const note = progressNote(zh.handler.drafting, 'draft-progress');
    msg.replaceChildren(note);
    draftBtn.textContent = zh.handler.draftingButton;
    try {
      await api(paths.reply(id), { method: 'POST' });
    } finally {
      note.stop();
      draftBtn.textContent = zh.handler.draft;
    }
    toast(zh.handler.drafted);
    await redraw();
  }) }, zh.handler.draft);
  const viewBtn = h('button.btn#view-reply', { type: 'button', onclick: () => act(viewBtn, async () => {
    pdfHost.replaceChildren(card(zh.handler.replyPreview, pdfFrame(await api(paths.replyPdf(id), { as: 'blob' }))));
    viewBtn.disabled = false;
    pdfHost.scrollIntoView({ block: 'start' });
  }) }, zh.handler.viewPdf);
  const dl = (path, ext) => async () => {
    try { saveBlob(await api(path, { as: 'blob' }), zh.handler.replyFile(reply?.number ?? letter.receiptNumber, ext)); }
    catch (err) { showError(msg, err); }
  };
  const pdfBtn = h('button.btn#download-pdf', { type: 'button', onclick: dl(paths.replyPdf(id), 'pdf') }, zh.handler.downloadPdf);
  const docxBtn = h('button.btn#download-docx', { type: 'button', onclick: dl(paths.replyDocx(id), 'docx') }, zh.handler.downloadDocx);

  const [s, r] = await Promise.all([
    api(paths.screening(id)).catch((err) => (err.status === 404 ? null : Promise.reject(err))),
    api(paths.reply(id)).catch((err) => (err.status === 404 ? null : Promise.reject(err))),
  ].map((p) => p.catch((err) => { showError(msg, err); return null; })));
  screening = s;
  reply = r;
  results.replaceChildren(...(screening
    ? [screeningSummary(screening), resultsView(screening)]
    : [h('p.muted', zh.handler.noResults)]));

  // Another handler's letter says so below; his own he may still not screen if he corrected or confirmed its list
  // (docs/rules.md#R45).
  const screenRefused = mine ? refusalNote(letter, 'SCREEN') : null;
  const canDraft = mine && (letter.status === 'REVIEWED' || (letter.status === 'SCREENED' && !screening?.hitCount));
  // The reply names every candidate in full: it is the letter's handler's (docs/rules.md#R21).
  const hasReply = mine && reply && REPLY_STATUSES.includes(letter.status);
  const actions = [];
  if (mine && letter.status === 'VERIFIED' && !screenRefused) actions.push(screenBtn);
  if (canDraft) actions.push(draftBtn);
  if (hasReply) actions.push(viewBtn, pdfBtn, docxBtn);
  actions.push(...letterActions(letter, redraw));

  const objections = await objectionsCard(letter, redraw).catch((err) => { showError(msg, err); return null; });
  const refusalNotice = await refusalNoticeCard(letter, redraw).catch((e) => { showError(msg, e); return null; });
  const notes = screenRefused ? [screenRefused] : [];
  if (!mine) notes.push(alertBox('info', zh.handler.notMine(personName(letter.handler) || '—')));
  if (letter.status === 'IN_REVIEW') notes.push(alertBox('info', zh.handler.awaitingReview));
  if (reply?.returnComment && !hasReply) notes.push(alertBox('warn', zh.handler.returned(reply.returnComment)));

  fill(root,
    pageHeader(`${zh.handler.title} ${letter.receiptNumber}`, statusBadge(letter.status, letter.returned), dueCell(letter),
      h('button.btn', { type: 'button', onclick: () => navigate('#/handler') }, zh.common.back), sheetLink(id)),
    msg, ...notes,
    h('div.grid-2',
      card(zh.letters.detail,
        facts([[zh.letters.receiptNumber, h('span.mono', letter.receiptNumber)], [zh.letters.unit, letter.requestingUnit ?? null],
          [zh.letters.docNumber, letter.docNumber ?? null], [zh.letters.dueDate, dueCell(letter)],
          [zh.handler.handlerCol, personName(letter.handler) || null],
          [zh.handler.verifiedBy, personName(letter.verifiedBy) || null],
          ...dispositionFacts(letter)]),
        reply ? replyFacts(reply) : null,
        actions.length ? h('div.actions', actions) : null),
      card(zh.handler.screening, results)),
    ...[objections, refusalNotice].filter(Boolean), timelineCard(id), pdfHost);
}

function replyFacts(r) {
  return h('div.reply-facts', h('h3', zh.handler.reply),
    facts([[zh.handler.replyStatus, h('span.badge', { class: r.status === 'SIGNED' ? 'ok' : 'warn' },
      zh.handler.replyState[r.status] ?? r.status)],
    [zh.handler.replyNumber, r.number ?? undefined],
    [zh.handler.draftedAt, `${fmtDateTime(r.draftedAt)} ${personName(r.draftedBy)}`],
    [zh.handler.signedAt, r.signedAt ? `${fmtDateTime(r.signedAt)} ${personName(r.signedBy)}` : undefined],
    [zh.dispatch.date, r.dispatchedOn ? `${r.dispatchedOn}（${zh.channel[r.dispatchChannel] ?? r.dispatchChannel ?? ''}）` : undefined],
    [zh.handler.verificationCode, r.verificationCode ? h('a.mono', { href: `/verify/${encodeURIComponent(r.verificationCode)}`,
      target: '_blank', rel: 'noopener' }, r.verificationCode) : undefined]]));
}
