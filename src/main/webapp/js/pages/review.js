// 复核人: hits awaiting a second review; candidate (full ID) and register record side by side; confirm or overturn.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, field, pageHeader, statusBadge, dueCell, facts, letterFacts, showError, toast, alertBox, nextId, refusalNote,
  personName, fill } from '../ui.js';
import { letterList } from '../letterList.js';
import { followUpQueueHost } from '../followups.js';
import { isFlagged, isPossible, possibleNote, recordFacts, reviewBadge, reviewLine, screeningSummary, withHitCounts,
  hitCountColumn } from '../screening.js';

/**
 * The letter's page images, one at a time, for comparing a possible hit's name with the page (docs/rules.md#R58).
 * An electronic letter has none: its text is what was read.
 */
function pageViewer(letter) {
  const numbers = (letter.extraction?.pages ?? []).map((p, i) => (p.image ? i + 1 : 0)).filter((n) => n > 0);
  if (!numbers.length) return alertBox('info', zh.review.noPageImages);
  const img = h('img.page-image', { alt: zh.review.pageImage });
  const label = h('span.muted');
  const note = h('div');
  let at = 0;
  let url = null;
  async function show() {
    label.textContent = zh.correction.pageOf(numbers[at], letter.extraction.pages.length);
    note.replaceChildren();
    try {
      const blob = await api(paths.pagePng(letter.id, numbers[at]), { as: 'blob' });
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(blob);
      img.src = url;
    } catch (e) {
      showError(note, e);
    }
  }
  const step = (d, text) => h('button.btn', { type: 'button', disabled: numbers.length < 2,
    onclick: () => { at = (at + d + numbers.length) % numbers.length; show(); } }, text);
  show();
  return h('div.review-pages', h('h4', zh.review.pageImage),
    h('div.pager', step(-1, zh.correction.prevPage), label, step(1, zh.correction.nextPage)), note, img);
}

export function reviewQueue() {
  return h('div', pageHeader(zh.review.title),
    followUpQueueHost(),
    letterList({ title: zh.review.queue, statuses: ['IN_REVIEW', 'REVIEWED'], initialStatus: 'IN_REVIEW',
      extraColumns: [hitCountColumn, { label: zh.handler.handlerCol, render: (l) => personName(l.handler) }],
      decorate: withHitCounts,
      onOpen: (l) => navigate(`#/review/${l.id}`) }));
}

export async function reviewPage(id) {
  const root = h('div.review-page');
  await draw(root, id);
  return root;
}

/**
 * 常用意见 (docs/rules.md#R103): a choice that puts a stock phrase into the note, for the reviewer to read and send;
 * none when the administrator keeps none.
 */
function phrasePicker(phrases, note) {
  if (!phrases.length) return null;
  const pick = h('select.phrase-pick', { 'aria-label': zh.review.phrases },
    h('option', { value: '' }, zh.review.phrasePick), phrases.map((p) => h('option', { value: p }, p)));
  pick.addEventListener('change', () => {
    if (!pick.value) return;
    note.value = pick.value;
    pick.value = '';
    note.focus();
  });
  return pick;
}

/** 批量确认 (docs/rules.md#R102): the exact hits awaiting review, ticked, confirmed with one note, each recorded. */
function batchCard(id, hits, phrases, msg, done) {
  const boxes = hits.map((r) => h('input', { type: 'checkbox', name: 'batch', value: r.index, checked: true }));
  const note = h('textarea#batch-note', { name: 'note', rows: 2 });
  const submit = h('button.btn.primary#batch-confirm', { type: 'submit' }, zh.review.batchSubmit(hits.length));
  const chosen = () => boxes.filter((b) => b.checked).map((b) => Number(b.value));
  const form = h('form.card#batch-review', { 'aria-label': zh.review.batch },
    h('h2', zh.review.batch), h('p.muted', zh.review.batchHint),
    h('ul.batch-hits', hits.map((r, i) => h('li', h('label.check', boxes[i], ' ', `${r.index}. ${r.name}`)))),
    field(zh.review.note, note, { wide: true }), phrasePicker(phrases, note), h('div.actions', submit));
  form.addEventListener('change', () => { submit.textContent = zh.review.batchSubmit(chosen().length); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const results = chosen();
    if (!results.length) { msg.replaceChildren(alertBox('error', zh.review.batchNone)); return; }
    submit.disabled = true;
    try {
      await api(paths.batchReview(id), { method: 'POST', json: { results, note: note.value.trim() } });
      toast(zh.review.batchDone(results.length));
      await done();
    } catch (err) {
      showError(msg, err);
      submit.disabled = false;
    }
  });
  return form;
}

async function draw(root, id) {
  const [letter, screening, { phrases }] = await Promise.all([api(paths.letter(id)), api(paths.screening(id)),
    api(paths.reviewPhrases)]);
  const msg = h('div#review-message');
  const hits = screening.results.filter(isFlagged);
  const refused = refusalNote(letter, 'REVIEW');
  const open = letter.status === 'IN_REVIEW' && !refused;
  const batchable = hits.filter((r) => !r.review && !isPossible(r));

  function reviewCard(r) {
    const note = h('textarea', { name: 'note', rows: 2, required: true });
    const group = nextId('decision');
    const radio = (value, label) => h('label.radio', h('input', { type: 'radio', name: group, value, required: true }),
      ' ', label);
    const form = h('form.decision', { 'aria-label': `${zh.review.decision} ${r.name}` },
      h('fieldset', h('legend', zh.review.decision),
        radio('CONFIRM', isPossible(r) ? zh.review.confirmPossible : zh.review.confirmHit),
        radio('OVERTURN', isPossible(r) ? zh.review.overturnPossible : zh.review.overturn)),
      field(zh.review.note, note, { wide: true }), phrasePicker(phrases, note),
      h('button.btn.primary', { type: 'submit' }, zh.review.submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const decision = form.querySelector(`input[name="${group}"]:checked`)?.value;
      if (!note.value.trim()) { msg.replaceChildren(alertBox('error', zh.review.noteRequired)); note.focus(); return; }
      try {
        await api(paths.review(id, r.index), { method: 'POST', json: { decision, note: note.value.trim() } });
        toast(zh.review.reviewed);
        await draw(root, id);
      } catch (err) {
        showError(msg, err);
      }
    });
    const possible = isPossible(r);
    const records = possible ? r.possibleRecords : r.records;
    return h('article.card.review-item', { class: possible ? 'possible' : null, dataset: { index: r.index } },
      h('div.review-head', h('h2', `${r.index}. ${r.name}`), reviewBadge(r)),
      possible ? h('div.possible-notes', records.map((p) => possibleNote(r, p)),
        h('p.muted', zh.review.possibleHowTo)) : null,
      h('div.side-by-side',
        h('section', h('h3', zh.review.candidate), facts([[zh.correction.name, h('strong', r.name)],
          [zh.correction.idNumber, h('span.mono', r.idNumber ?? '')]]),
        possible && !r.review && open ? pageViewer(letter) : null),
        h('section', h('h3', `${possible ? zh.review.possibleRecord : zh.review.record}（${records.length}）`),
          records.map((m) => recordFacts(m)),
          // a hit that also has near records under its ID: shown, for the reviewer to weigh with it
          !possible && r.possibleRecords?.length ? [h('h3', `${zh.review.possibleRecord}（${r.possibleRecords.length}）`),
            r.possibleRecords.map((p) => [possibleNote(r, p), recordFacts(p)])] : null)),
      r.review ? reviewLine(r.review) : (open ? form : null));
  }

  fill(root,
    pageHeader(`${zh.review.title} ${letter.receiptNumber}`, statusBadge(letter.status), dueCell(letter),
      h('button.btn', { type: 'button', onclick: () => navigate('#/review') }, zh.common.back)),
    msg, refused,
    letter.status === 'REVIEWED' ? alertBox('ok', zh.review.allDone) : null,
    h('div.card.review-facts', letterFacts(letter), screeningSummary(screening)),
    open && batchable.length > 1 ? batchCard(id, batchable, phrases, msg, () => draw(root, id)) : null,
    h('div.reviews', hits.length ? hits.map(reviewCard) : h('p.muted', zh.common.none)));
}
