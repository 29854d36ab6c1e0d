// 复核人: hits awaiting a second review; candidate (full ID) and register record side by side; confirm or overturn.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, field, card, pageHeader, statusBadge, dueCell, facts, letterFacts, showError, toast, alertBox, nextId } from '../ui.js';
import { letterList } from '../letterList.js';
import { resultsOf, isHit, recordFacts, candidateName, candidateId } from '../screening.js';

export function reviewQueue() {
  return h('div', pageHeader(zh.review.title),
    letterList({ title: zh.review.queue, statuses: ['IN_REVIEW', 'REVIEWED'], initialStatus: 'IN_REVIEW',
      onOpen: (l) => navigate(`#/review/${l.id}`) }));
}

export async function reviewPage(id) {
  const letter = await api(paths.letter(id));
  const msg = h('div#review-message');
  const body = h('div.reviews');
  const candidates = letter.extraction?.candidates ?? [];

  async function load() {
    try {
      const hits = resultsOf(await api(paths.screening(id))).filter(isHit);
      body.replaceChildren(...(hits.length ? hits.map(reviewCard) : [h('p.muted', zh.common.none)]));
    } catch (err) {
      showError(body, err);
    }
  }

  function reviewCard(r) {
    const cand = candidates[r.index] ?? {};
    const name = candidateName(r) || cand.name;
    const idNumber = candidateId(r)?.includes('*') ? cand.idNumber : (candidateId(r) || cand.idNumber);
    const note = h('textarea', { name: 'note', rows: 2, required: true });
    const group = nextId('decision');
    const radio = (value, label) => h('label.radio', h('input', { type: 'radio', name: group, value, required: true,
      checked: r.review?.decision === value }), ' ', label);
    const form = h('form.decision', { 'aria-label': `${zh.review.decision} ${name}` },
      h('fieldset', h('legend', zh.review.decision), radio('CONFIRM', zh.review.confirmHit),
        radio('OVERTURN', zh.review.overturn)),
      field(zh.review.note, note, { wide: true }),
      h('button.btn.primary', { type: 'submit' }, zh.common.confirm));
    if (r.review?.note) note.value = r.review.note;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const decision = form.querySelector(`input[name="${group}"]:checked`)?.value;
      if (!note.value.trim()) { msg.replaceChildren(alertBox('error', zh.review.noteRequired)); note.focus(); return; }
      try {
        await api(paths.review(id, r.index), { method: 'POST', json: { decision, note: note.value.trim() }, as: 'none' });
        toast(zh.review.reviewed);
        msg.replaceChildren();
        await load();
      } catch (err) {
        showError(msg, err);
      }
    });
    return h('article.card.review-item',
      h('div.side-by-side',
        h('section', h('h3', zh.review.candidate), facts([[zh.correction.name, name],
          [zh.correction.idNumber, h('span.mono', idNumber ?? '')]])),
        h('section', h('h3', zh.review.record), r.matches.map((m) => recordFacts(m)))),
      form);
  }
  load();
  return h('div', pageHeader(`${zh.review.title} ${letter.receiptNumber}`, statusBadge(letter.status), dueCell(letter),
    h('button.btn', { type: 'button', onclick: () => navigate('#/review') }, zh.common.back)),
  msg, h('div.card.review-facts', letterFacts(letter)), body);
}
