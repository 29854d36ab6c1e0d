// 经办人: my letters, run the screening, see results per candidate, draft the reply and open/download it.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, card, pageHeader, statusBadge, dueCell, letterFacts, showError, toast, saveBlob, alertBox, pdfFrame } from '../ui.js';
import { letterList } from '../letterList.js';
import { resultsOf, resultCard } from '../screening.js';

export function handlerQueue() {
  return h('div', pageHeader(zh.handler.title),
    letterList({ title: zh.handler.title,
      statuses: ['VERIFIED', 'SCREENED', 'IN_REVIEW', 'REVIEWED', 'DRAFTED', 'SIGNED', 'DISPATCHED', 'REJECTED'],
      initialStatus: 'VERIFIED', onOpen: (l) => navigate(`#/handler/${l.id}`) }));
}

export async function handlerPage(id) {
  let letter = await api(paths.letter(id));
  const msg = h('div#handler-message');
  const results = h('div.results#screening-results');
  const pdfHost = h('div.pdf-host');

  async function loadResults() {
    try {
      const list = resultsOf(await api(paths.screening(id)));
      results.replaceChildren(...(list.length ? list.map(resultCard) : [h('p.muted', zh.handler.noResults)]));
    } catch (err) {
      results.replaceChildren(err.status === 404 ? h('p.muted', zh.handler.noResults) : alertBox('error', err.message));
    }
  }
  async function act(button, fn) {
    button.disabled = true;
    try { await fn(); } catch (err) { showError(msg, err); } finally { button.disabled = false; }
  }
  const screenBtn = h('button.btn.primary#run-screening', { type: 'button', onclick: () => act(screenBtn, async () => {
    await api(paths.screening(id), { method: 'POST', as: 'none' });
    toast(zh.handler.screened);
    letter = await api(paths.letter(id));
    await loadResults();
  }) }, zh.handler.runScreening);
  const draftBtn = h('button.btn#draft-reply', { type: 'button', onclick: () => act(draftBtn, async () => {
    await api(paths.reply(id), { method: 'POST', as: 'none' });
    toast(zh.handler.drafted);
    await showPdf();
  }) }, zh.handler.draft);
  async function showPdf() {
    const blob = await api(paths.replyPdf(id), { as: 'blob' });
    pdfHost.replaceChildren(pdfFrame(blob));
  }
  const viewBtn = h('button.btn#view-reply', { type: 'button', onclick: () => act(viewBtn, showPdf) }, zh.handler.viewPdf);
  const dl = (path, ext) => async () => {
    try { saveBlob(await api(path, { as: 'blob' }), zh.handler.replyFile(letter.receiptNumber, ext)); } catch (err) { showError(msg, err); }
  };

  loadResults();
  return h('div', pageHeader(`${zh.handler.title} ${letter.receiptNumber}`, statusBadge(letter.status), dueCell(letter),
    h('button.btn', { type: 'button', onclick: () => navigate('#/handler') }, zh.common.back)),
  msg,
  h('div.grid-2',
    card(zh.letters.detail, letterFacts(letter), h('div.actions', screenBtn, draftBtn, viewBtn,
      h('button.btn', { type: 'button', onclick: dl(paths.replyPdf(id), 'pdf') }, zh.handler.downloadPdf),
      h('button.btn', { type: 'button', onclick: dl(paths.replyDocx(id), 'docx') }, zh.handler.downloadDocx))),
    card(zh.handler.screening, results)),
  pdfHost);
}
