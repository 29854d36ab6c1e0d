// 收发员: drag-and-drop intake with upload and extraction progress per letter (one file, or a letter and its
// attachments sent together: docs/rules.md#R38), and the received list with how each letter came (扫描: the
// scanner's folder, docs/rules.md#R60).
import { api, upload, paths, session } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate } from '../app.js';
import { h, maskId, field, select, card, pageHeader, statusBadge, dueCell, fmtDateTime, fmtSize, facts, showError,
  saveBlob, dialog, toast, today, pdfFrame, dateInput, personName } from '../ui.js';
import { letterList } from '../letterList.js';
import { letterActions, dispositionFacts, sameRequestNote } from '../letterActions.js';
import { objectionsCard } from '../objections.js';
import { timelineCard } from '../timeline.js';
import { sheetLink, registerBookLink } from './print.js';
import { refusalNoticeCard } from '../followups.js';

const READING = ['RECEIVED', 'EXTRACTING'];
// Poll quickly at first, then back off: OCR of a long letter takes minutes.
const POLL_MS = 1000;
const POLL_MAX_MS = 5000;

/** Every letter, for the administrator who reassigns or voids one (docs/rules.md#R65). */
export function lettersPage() {
  return h('div', pageHeader(zh.letters.all, registerBookLink()),
    letterList({ statuses: Object.keys(zh.status), onOpen: (l) => navigate(`#/letters/${l.id}`) }));
}

export function registryPage() {
  const list = letterList({ statuses: Object.keys(zh.status), onOpen: (l) => navigate(`#/letters/${l.id}`),
    extraColumns: [{ label: zh.letters.channel, render: (l) => zh.channel[l.channel] ?? l.channel ?? '' }] });
  const together = h('input#as-one-letter', { type: 'checkbox', name: 'together' });
  const channel = select([['paper', zh.channel.paper], ['electronic', zh.channel.electronic]], 'paper',
    { name: 'channel' });
  const note = h('input', { name: 'note', maxlength: 200 });
  const input = h('input#upload-input.sr-only', { type: 'file', multiple: true,
    accept: '.pdf,.ofd,.docx,.doc,.wps,.png,.jpg,.jpeg,.tif,.tiff,.xlsx,.xls,.csv' });
  const queue = h('ul.upload-queue#upload-queue', { 'aria-label': zh.registry.queue, 'data-empty': zh.registry.queueEmpty });
  const zone = h('div.dropzone#dropzone', { tabindex: '0', role: 'button', 'aria-describedby': 'drop-hint' },
    h('div.drop-icon', { 'aria-hidden': 'true' }, '⇪'),
    h('strong', zh.registry.drop),
    h('span#drop-hint', h('span.drop-more', zh.registry.dropHint), ' ',
      h('label.linklike', { for: 'upload-input' }, zh.registry.choose)),
    input);
  const pick = () => input.click();
  zone.addEventListener('click', (e) => { if (e.target === zone || !e.target.closest('label,input')) pick(); });
  zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    start([...e.dataTransfer.files]);
  });
  input.addEventListener('change', () => { start([...input.files]); input.value = ''; });

  // Once files are on their way the intake shrinks to one line and a short queue: the list below stays in view.
  const intake = h('div.grid-2.intake#intake',
    card(null, zone, h('div.inline-fields', field(zh.registry.channel, channel), field(zh.registry.note, note)),
      h('div.field.check', h('label', together, ' ', zh.registry.together))),
    card(zh.registry.queue, queue));
  let pending = Promise.resolve();
  function start(files) {
    if (files.length) intake.classList.add('compact');
    // Several files as one letter: the first is the letter, the others its attachments, in the order chosen.
    const letters = together.checked && files.length > 1 ? [files] : files.map((f) => [f]);
    for (const letterFiles of letters) {
      const item = uploadItem(letterFiles);
      queue.prepend(item.el);
      // One upload at a time keeps the server's intake checks in order; extraction polling runs in parallel.
      pending = pending.then(() => item.run(channel.value, note.value.trim(), () => list.reload()));
    }
  }

  return h('div', pageHeader(zh.registry.title, registerBookLink()), intake, list);
}

/** One letter's upload: its file, or the letter's file first and its attachments after it. */
function uploadItem(files) {
  const name = files.length > 1 ? zh.registry.withAttachments(files[0].name, files.length - 1) : files[0].name;
  const bar = h('progress', { max: 100, value: 0 });
  const label = h('span.upload-state', zh.registry.queued);
  const extra = h('div.upload-extra');
  const el = h('li.upload-item', { dataset: { file: files[0].name } },
    h('div.upload-top', h('span.fname', name), h('span.muted', fmtSize(files.reduce((n, f) => n + f.size, 0)))),
    h('label.progress', bar, label), extra);
  bar.setAttribute('aria-label', name);
  const set = (v, text) => { bar.value = v; label.textContent = text; };

  async function run(channel, note, changed) {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    form.append('channel', channel);
    if (note) form.append('note', note);
    let letter;
    try {
      letter = await upload(paths.letters, form, (p) => set(Math.round(p * 50), zh.registry.uploading(Math.round(p * 100))));
    } catch (err) {
      el.classList.add('failed');
      set(0, err.message);
      if (err.status === 409 && err.body.existingId) {
        extra.append(h('a', { href: `#/letters/${err.body.existingId}` }, zh.registry.showExisting));
      }
      return;
    }
    extra.replaceChildren(h('a.mono', { href: `#/letters/${letter.id}` }, letter.receiptNumber), ' ',
      h('span.muted', `${zh.letters.dueDate} ${letter.dueDate}`));
    changed();
    set(50, zh.registry.received);
    // Poll without holding up the next upload.
    poll(letter, changed);
  }

  async function poll(letter, changed) {
    let wait = POLL_MS;
    while (READING.includes(letter.status)) {
      const { pagesDone = 0, pages = 0 } = letter.progress ?? {};
      set(50 + (pages ? Math.round(50 * pagesDone / pages) : 0),
        letter.status === 'RECEIVED' ? zh.registry.received : zh.registry.extracting(pagesDone, pages));
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(POLL_MAX_MS, Math.round(wait * 1.3));
      try {
        letter = await api(paths.letterStatus(letter.id));
      } catch (err) {
        set(bar.value, err.message);
        return;
      }
    }
    set(100, zh.registry.finished(zh.status[letter.status] ?? letter.status));
    el.classList.add(letter.status === 'FAILED' ? 'failed' : 'ok');
    extra.append(' ', statusBadge(letter.status));
    changed();
  }
  return { el, run };
}

/** A letter's details, for anyone who can see it; IDs masked; the original only where the duty covers it. */
export async function letterPage(id) {
  const l = await api(paths.letter(id));
  const err = h('div');
  const openOriginal = async () => {
    try { saveBlob(await api(paths.file(id), { as: 'blob' }), l.file?.fileName ?? `${l.receiptNumber}`); }
    catch (e) { showError(err, e); }
  };
  const ex = l.extraction;
  // A further file before the letter is confirmed (docs/rules.md#R61): read again with all its files.
  const addInput = h('input#add-file-input.sr-only', { type: 'file',
    accept: '.pdf,.ofd,.docx,.doc,.wps,.png,.jpg,.jpeg,.tif,.tiff,.xlsx,.xls,.csv' });
  addInput.addEventListener('change', async () => {
    const f = addInput.files[0];
    addInput.value = '';
    if (!f) return;
    if (l.status !== 'RECEIVED' && !await dialog(zh.registry.addFile, h('p', zh.registry.addFileReread(f.name)),
      { submitLabel: zh.registry.addFile })) return;
    const form = new FormData();
    form.append('file', f, f.name);
    try {
      await upload(paths.attachments(id), form);
      toast(zh.registry.fileAdded(f.name));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) { showError(err, e); }
  });
  const canAdd = session.has('REGISTRY_CLERK') && ['RECEIVED', 'EXTRACTED', 'FAILED'].includes(l.status);
  // The registry records dispatch with the reply's number in front of it.
  const reply = ['SIGNED', 'DISPATCHED'].includes(l.status) ? await api(paths.reply(id)).catch(() => null) : null;
  // 发文登记: the registry records the signed reply going out (channel values as at intake).
  const dispatch = async () => {
    const date = dateInput({ name: 'date', value: today(), required: true });
    const channel = select([['paper', zh.channel.paper], ['electronic', zh.channel.electronic]], 'paper', { name: 'channel' });
    const done = await dialog(zh.dispatch.action, h('div.form-grid', field(zh.dispatch.date, date),
      field(zh.dispatch.channel, channel)), { collect: () => api(paths.dispatch(id), { method: 'POST',
      json: { date: date.value, channel: channel.value }, as: 'none' }).then(() => true) });
    if (done) { toast(zh.dispatch.done); window.dispatchEvent(new HashChangeEvent('hashchange')); }
  };
  const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const objections = await objectionsCard(l, redraw).catch((e) => { showError(err, e); return null; });
  const refusalNotice = await refusalNoticeCard(l, redraw).catch((e) => { showError(err, e); return null; });
  // The signed reply the registry sends out: shown in the page (the viewer prints it too), printed, downloaded.
  const replyHost = h('div#reply-view');
  const signedPdf = async () => new Blob([await api(paths.replyPdf(id), { as: 'blob' })], { type: 'application/pdf' });
  const showReply = async () => {
    try {
      replyHost.replaceChildren(card(`${zh.handler.viewPdf} ${reply.number}`, pdfFrame(await signedPdf(), reply.number,
        zh.handler.replyFile(reply.number, 'pdf'))));
      replyHost.scrollIntoView({ block: 'start' });
      return replyHost.querySelector('iframe');
    } catch (e) { showError(err, e); return null; }
  };
  const printReply = async () => {
    const frame = replyHost.querySelector('iframe') ?? await showReply();
    if (!frame) return;
    const print = () => frame.contentWindow.print();
    if (frame.contentDocument?.readyState === 'complete') print(); else frame.addEventListener('load', print, { once: true });
  };
  const downloadReply = async () => {
    try { saveBlob(await signedPdf(), zh.handler.replyFile(reply.number, 'pdf')); } catch (e) { showError(err, e); }
  };
  const replyButtons = session.has('REGISTRY_CLERK') && reply?.number ? [
    h('button.btn#view-reply', { type: 'button', onclick: showReply }, zh.handler.viewPdf),
    h('button.btn#print-reply', { type: 'button', onclick: printReply }, zh.dispatch.print),
    h('button.btn#download-reply', { type: 'button', onclick: downloadReply }, zh.handler.downloadPdf)] : [];
  return h('div', pageHeader(`${zh.letters.detail} ${l.receiptNumber}`,
    h('button.btn', { type: 'button', onclick: () => history.back() }, zh.common.back),
    session.has('REGISTRY_CLERK') && l.status === 'SIGNED'
      ? h('button.btn.primary#dispatch', { type: 'button', onclick: dispatch }, zh.dispatch.action) : null,
    ...replyButtons,
    canAdd ? h('button.btn#add-file', { type: 'button', onclick: () => addInput.click() }, zh.registry.addFile) : null,
    canAdd ? addInput : null,
    ...letterActions(l, redraw),
    l.personalDataInFull ? h('button.btn', { type: 'button', onclick: openOriginal }, zh.letters.openOriginal) : null,
    sheetLink(id)), err,
  sameRequestNote(l),
  h('div.grid-2',
    card(zh.letters.detail, facts([
      [zh.letters.receiptNumber, l.receiptNumber], [zh.letters.status, statusBadge(l.status)],
      [zh.letters.statusReason, l.statusReason || undefined],
      [zh.letters.unit, l.requestingUnit ?? null], [zh.letters.docNumber, l.docNumber ?? null],
      [zh.letters.receivedAt, fmtDateTime(l.receivedAt)], [zh.letters.dueDate, dueCell(l)],
      [zh.letters.channel, zh.channel[l.channel] ?? l.channel], [zh.letters.receivedBy, l.receivedBy?.username === 'system' ? zh.letters.bySystem : personName(l.receivedBy)],
      [zh.letters.note, l.note || undefined],
      [zh.letters.file, describeFile(l.file)],
      [zh.letters.attachments, l.attachments?.length
        ? h('ol.plain#attachments', l.attachments.map((a) => h('li', describeFile(a)))) : undefined],
      [zh.handler.handlerCol, personName(l.handler) || undefined],
      [zh.handler.replyNumber, reply?.number ? reply.number : undefined],
      [zh.handler.signedAt, reply?.signedAt ? `${fmtDateTime(reply.signedAt)} ${personName(reply.signedBy)}` : undefined],
      [zh.dispatch.date, reply?.dispatchedOn ? `${reply.dispatchedOn}（${zh.channel[reply.dispatchChannel] ?? reply.dispatchChannel ?? ''}）` : undefined],
      ...dispositionFacts(l),
    ])),
    ex ? card(zh.correction.candidates, h('ul.plain', (ex.candidates ?? []).map((c) =>
      h('li', h('strong', c.name), ' ', h('span.mono', maskId(c.idNumber)))))) : null), objections, refusalNotice,
  timelineCard(id), replyHost);
}

function describeFile(f) {
  return `${f?.fileName ?? ''}（${fmtSize(f?.size)}，${f?.pages ?? '?'} ${zh.correction.page}）`;
}
