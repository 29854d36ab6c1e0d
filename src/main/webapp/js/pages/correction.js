// 校对员: the page image with the extracted boxes on the left, the editable fields and candidate rows on the right.
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { navigate, guardLeave } from '../app.js';
import { h, field, select, card, pageHeader, statusBadge, dueCell, alertBox, showError, toast, saveBlob,
  dialog, dateInput, personName } from '../ui.js';
import { letterList } from '../letterList.js';
import { sameRequestNote } from '../letterActions.js';
import { idProblem } from '../idcheck.js';

const FIELDS = ['docNumber', 'senderUnit', 'addressee', 'letterDate', 'contactName', 'contactPhone', 'queryKind'];
const SVG = 'http://www.w3.org/2000/svg';
/** Doubts about a row's ID (Doubt in the domain): the walk over marked rows stops at the ID for these. */
const ID_DOUBTS = ['ID_REPAIRED', 'ID_INVALID', 'ID_DUPLICATE', 'COUNTY_UNKNOWN'];
const ZOOM_STEP = 1.25;
const ZOOM_MIN = 0.5;
const ZOOM_MAX = 4;

export function correctionQueue() {
  return h('div', pageHeader(zh.correction.title),
    letterList({ title: zh.correction.queue, statuses: ['EXTRACTED', 'FAILED', 'VERIFIED'], initialStatus: 'EXTRACTED',
      onOpen: (l) => navigate(`#/correction/${l.id}`) }));
}

export async function correctionPage(id) {
  const letter = await api(paths.letter(id));
  const ex = structuredClone(letter.extraction ?? {});
  ex.fields ??= {};
  ex.candidates ??= [];
  const editable = ['EXTRACTED', 'FAILED'].includes(letter.status);
  let dirty = false;
  const msg = h('div#correction-message');
  const markDirty = () => { dirty = true; saveBtn.classList.add('attention'); };

  // ---- left: page viewer with boxes -------------------------------------------------------------------------
  const viewer = pageViewer(letter, (target) => focusTarget(target));

  // ---- right: fields ----------------------------------------------------------------------------------------
  const inputs = {};
  const hints = {};
  // The values as the server last gave them: an edited value is the clerk's, and the engine's confidence and doubts
  // no longer describe it (docs/rules.md#R51) until the server judges it again at the next save.
  let asGiven = {};
  const keepAsGiven = () => { asGiven = Object.fromEntries(FIELDS.map((f) => [f, ex[f] ?? ''])); };
  keepAsGiven();
  // What the server marked for checking (needsCheck, docs/rules.md#R50), and why, beside each field.
  function markField(name) {
    const meta = ex.fields[name] ?? {};
    inputs[name].classList.toggle('needs-check', !!meta.needsCheck);
    inputs[name].setAttribute('aria-invalid', meta.needsCheck ? 'true' : 'false');
    const edited = (ex[name] ?? '') !== asGiven[name];
    hints[name].replaceChildren(...(edited ? [zh.correction.edited] : checkHint(meta)));
  }
  const fieldEls = FIELDS.map((name) => {
    const meta = ex.fields[name] ?? {};
    // An unread kind stays empty and must be chosen: it is never guessed as 其他.
    const input = name === 'queryKind'
      ? select([['', zh.correction.choose], ...Object.entries(zh.correction.queryKind)], ex.queryKind ?? '', { name })
      : name === 'letterDate' ? dateInput({ name, value: ex[name] ?? '' })
        : h('input', { name, value: ex[name] ?? '', type: 'text', autocomplete: 'off' });
    inputs[name] = input;
    hints[name] = h('small.hint');
    const take = () => { ex[name] = input.value; markDirty(); markField(name); };
    input.addEventListener('input', take);
    input.addEventListener('change', take);
    input.addEventListener('focus', () => viewer.highlight(ex.fields[name]?.page, ex.fields[name]?.box, `f:${name}`));
    viewer.addBox(meta.page, meta.box, `f:${name}`, zh.correction.field[name]);
    const el = field(zh.correction.field[name], input);
    el.append(hints[name]);
    markField(name);
    return el;
  });

  // ---- right: candidate rows --------------------------------------------------------------------------------
  const tbody = h('tbody');
  function rowBoxKey(c) { return `c:${ex.candidates.indexOf(c)}`; }
  /**
   * Draws the rows again. Focus goes to `focus` ([row, input name]) or else stays on the input it was in, so a save
   * (Ctrl+S) never drops it to the page and the row keys go on working.
   */
  function renderRows(focus) {
    const was = document.activeElement;
    const keep = tbody.contains(was) && was.name ? [was.closest('tr').dataset.index, was.name] : null;
    viewer.clearBoxes('c:');
    ex.candidates.forEach((c) => viewer.addBox(c.page, c.box, rowBoxKey(c), c.name));
    tbody.replaceChildren(...ex.candidates.map((c, i) => candidateRow(c, i)));
    if (ex.candidates.length === 0) {
      tbody.append(h('tr', h('td.empty', { colspan: 6 }, zh.common.none)));
    }
    const to = focus ?? keep;
    if (to) tbody.querySelector(`tr[data-index="${to[0]}"] [name="${to[1]}"]`)?.focus();
  }
  function candidateRow(c, i) {
    const name = h('input', { name: 'name', value: c.name ?? '', 'aria-label': `${zh.correction.name} ${i + 1}`,
      autocomplete: 'off' });
    const idn = h('input.mono', { name: 'idNumber', value: c.idNumber ?? '', maxlength: 18,
      'aria-label': `${zh.correction.idNumber} ${i + 1}`, autocomplete: 'off', spellcheck: 'false' });
    const check = h('td.check');
    const showCheck = () => check.replaceChildren(idCheckCell(c, () => {
      c.idCheck = 'ACCEPTED';
      markDirty();
      showCheck();
      // The refusal that asked for this is answered; confirming again checks every row anew.
      msg.replaceChildren();
      idn.focus();
    }));
    showCheck();
    // What the engine was sure of says nothing about what the clerk typed (docs/rules.md#R51).
    const confidence = () => (c.typed ? zh.correction.edited
      : c.confidence != null ? `${Math.round(c.confidence * 100)}%` : '—');
    const conf = h('td.num.confidence', confidence(),
      c.needsCheck ? h('small.doubts', (c.doubts ?? []).map((d) => d.label).join('；')) : null);
    const typed = () => { c.typed = true; conf.firstChild.textContent = confidence(); markDirty(); };
    name.addEventListener('input', () => { c.name = name.value; typed(); });
    idn.addEventListener('input', () => {
      c.idNumber = idn.value.toUpperCase().replace(/\s/g, '');
      // An edited ID is the clerk's: the server's verdict on the old value no longer applies.
      c.edited = true;
      typed();
      showCheck();
    });
    const tr = h('tr', { dataset: { index: i } },
      // A list from a spreadsheet: the sheet and row the file shows, to find the row in it (docs/rules.md#R35).
      h('td.num', i + 1, c.sheetRow ? h('small.sheet-row', zh.correction.sheetRow(c.page, c.sheetRow)) : null),
      h('td', name), h('td', idn), check, conf,
      h('td.row-actions',
        h('button.icon', { type: 'button', title: `${zh.correction.moveUp} (Alt+↑)`, 'aria-label': `${zh.correction.moveUp} ${i + 1}`,
          onclick: () => move(i, -1), disabled: i === 0, tabindex: '-1' }, '↑'),
        h('button.icon', { type: 'button', title: `${zh.correction.moveDown} (Alt+↓)`, 'aria-label': `${zh.correction.moveDown} ${i + 1}`,
          onclick: () => move(i, 1), disabled: i === ex.candidates.length - 1, tabindex: '-1' }, '↓'),
        h('button.icon.danger', { type: 'button', title: `${zh.common.delete} (Alt+Delete)`, 'aria-label': `${zh.common.delete} ${i + 1}`,
          onclick: () => remove(i), tabindex: '-1' }, '✕')));
    if (c.needsCheck) {
      tr.classList.add('needs-check');
      tr.title = (c.doubts ?? []).map((d) => d.label).join('；');
    }
    tr.addEventListener('focusin', () => {
      tbody.querySelectorAll('tr.active').forEach((r) => r.classList.remove('active'));
      tr.classList.add('active');
      viewer.highlight(c.page, c.box, rowBoxKey(c));
    });
    return tr;
  }
  function move(i, d) {
    const j = i + d;
    if (j < 0 || j >= ex.candidates.length) return;
    [ex.candidates[i], ex.candidates[j]] = [ex.candidates[j], ex.candidates[i]];
    markDirty();
    renderRows([j, document.activeElement?.name || 'name']);
  }
  function remove(i) {
    ex.candidates.splice(i, 1);
    markDirty();
    renderRows(ex.candidates.length ? [Math.min(i, ex.candidates.length - 1), 'name'] : null);
  }
  function addRow() {
    ex.candidates.push({ name: '', idNumber: '', page: viewer.page(), box: null, confidence: null, edited: true,
      typed: true });
    markDirty();
    renderRows([ex.candidates.length - 1, 'name']);
  }
  function focusTarget(key) {
    if (key.startsWith('f:')) inputs[key.slice(2)]?.focus();
    else tbody.querySelector(`tr[data-index="${key.slice(2)}"] [name="name"]`)?.focus();
  }

  // ---- what needs checking: a walk over the marked fields, then the marked rows ------------------------------
  // A row's doubt about its ID takes the clerk to the ID, any other to the name.
  const rowInput = (c) => ((c.doubts ?? []).some((d) => ID_DOUBTS.includes(d.code)) ? 'idNumber' : 'name');
  /** The marked items in the page's order, each with its place (fields first, then rows). */
  function marked() {
    const items = FIELDS.map((f, k) => [k, ex.fields[f]?.needsCheck && inputs[f]]);
    ex.candidates.forEach((c, i) => items.push([FIELDS.length + i,
      c.needsCheck && tbody.querySelector(`tr[data-index="${i}"] [name="${rowInput(c)}"]`)]));
    return items.filter(([, el]) => el);
  }
  function placeOf(el) {
    const tr = el.closest?.('#candidates tr[data-index]');
    return tr ? FIELDS.length + Number(tr.dataset.index) : FIELDS.indexOf(el.name);
  }
  /** Focuses the next (d = 1) or previous (d = -1) marked item after `from`; false when there is none. */
  function stepMarked(from, d) {
    const here = placeOf(from);
    const items = marked().filter(([k]) => (d > 0 ? k > here : k < here));
    const to = d > 0 ? items[0] : items[items.length - 1];
    to?.[1].focus();
    return !!to;
  }
  /** After a refused confirmation: the first field, else the first row, the server named (ApiError fields, rows). */
  function focusRefused(body) {
    const f = (body?.fields ?? []).find((k) => inputs[k]);
    if (f) { inputs[f].focus(); return; }
    const row = (body?.rows ?? [])[0];
    const c = ex.candidates[row - 1];
    if (c) tbody.querySelector(`tr[data-index="${row - 1}"] [name="${rowInput(c)}"]`)?.focus();
  }

  // ---- save / confirm ---------------------------------------------------------------------------------------
  // The server takes back the extraction as it gave it, with the clerk's edits.
  function body() {
    const out = { ...ex };
    FIELDS.forEach((f) => { out[f] = ex[f] === '' ? null : (ex[f] ?? null); });
    out.candidates = ex.candidates.map(({ edited, typed, ...c }) => ({ ...c, name: c.name?.trim() ?? '' }));
    return out;
  }
  // After a save the server's verdict on each ID (check digit, region, birth date; repairs) and on what is still
  // to check replaces ours.
  function takeVerdicts(saved) {
    (saved?.extraction?.candidates ?? []).forEach((c, i) => {
      if (ex.candidates[i]) Object.assign(ex.candidates[i], c, { edited: false, typed: false });
    });
    Object.assign(ex.fields, saved?.extraction?.fields ?? {});
    keepAsGiven();
    FIELDS.forEach(markField);
    renderRows();
  }
  async function save(quiet) {
    const empty = ex.candidates.findIndex((c) => !c.name?.trim());
    if (empty >= 0) {
      msg.replaceChildren(alertBox('error', `${zh.correction.emptyName}（${empty + 1}）`));
      renderRows([empty, 'name']);
      return false;
    }
    try {
      takeVerdicts(await api(paths.extraction(id), { method: 'PUT', json: body() }));
      dirty = false;
      saveBtn.classList.remove('attention');
      msg.replaceChildren();
      if (!quiet) toast(zh.common.saved);
      return true;
    } catch (err) {
      showError(msg, err);
      return false;
    }
  }
  // A letter addressed to another unit is answered only by an explicit choice (docs/rules.md#R85); the server says so
  // too when the clerk typed such an addressee since the page was drawn.
  let elsewhere = letter.addressedElsewhere ?? null;
  async function confirmAll() {
    const answer = elsewhere ? h('input#answer-elsewhere', { type: 'checkbox', name: 'answerAddressedElsewhere',
      required: true }) : null;
    const ok = await dialog(zh.correction.confirm, h('div', h('p', zh.correction.confirmAsk),
      elsewhere ? h('div.alert.warn', zh.correction.elsewhere(elsewhere)) : null,
      answer ? h('label.check', answer, ' ', zh.correction.answerElsewhere) : null),
    { submitLabel: zh.correction.confirmSubmit, cancelLabel: zh.correction.backToEdit });
    if (!ok || !(await save(true))) return;
    try {
      const done = await api(paths.extractionConfirm(id), { method: 'POST',
        json: answer?.checked ? { answerAddressedElsewhere: true } : {} });
      dirty = false;
      toast(zh.correction.confirmed(personName(done?.handler)));
      navigate('#/correction');
    } catch (err) {
      showError(msg, err);
      if (err.body?.code === 'ADDRESSED_ELSEWHERE' && !elsewhere) {
        elsewhere = zh.correction.addresseeField;
        await confirmAll();
        return;
      }
      focusRefused(err.body);
    }
  }

  const saveBtn = h('button.btn#save-extraction', { type: 'button', onclick: () => save(), title: 'Ctrl+S' },
    zh.correction.save, h('kbd', 'Ctrl+S'));
  const confirmBtn = h('button.btn.primary#confirm-extraction', { type: 'button', onclick: confirmAll,
    title: 'Ctrl+Enter' }, zh.correction.confirm, h('kbd', 'Ctrl+Enter'));

  const table = h('table.grid.editable#candidates', h('caption.sr-only', zh.correction.candidates),
    h('thead', h('tr', ['#', zh.correction.name, zh.correction.idNumber, zh.correction.check, zh.correction.confidence,
      zh.correction.actions].map((t) => h('th', { scope: 'col' }, t)))), tbody);
  renderRows();
  if (!editable) { saveBtn.disabled = true; confirmBtn.disabled = true; }

  const root = h('div.correction',
    pageHeader(`${zh.correction.title} ${letter.receiptNumber}`, statusBadge(letter.status), dueCell(letter),
      h('button.btn', { type: 'button', onclick: () => navigate('#/correction') }, zh.common.back), saveBtn, confirmBtn),
    msg,
    sameRequestNote(letter),
    elsewhere ? h('div.alert.warn#addressed-elsewhere', { role: 'status' }, zh.correction.elsewhere(elsewhere),
      zh.correction.elsewhereHint) : null,
    letter.extraction ? null : alertBox('info', letter.statusReason || zh.status[letter.status]),
    editable ? null : alertBox('info', zh.correction.readOnly(zh.status[letter.status] ?? letter.status)),
    viewer.el ? null : alertBox('info', zh.correction.noPages),
    h('div.split', { class: viewer.el ? '' : 'no-viewer' },
      viewer.el,
      h('div.editor',
        card(zh.correction.fields, h('div.form-grid', fieldEls)),
        card(zh.correction.candidates,
          h('div.table-wrap', table),
          h('button.btn.small#add-row', { type: 'button', onclick: addRow }, '+ ', zh.correction.addRow, h('kbd', 'Alt+N'))),
        shortcutHelp())));

  // Keyboard-only work: Enter moves down a column, Alt-keys edit rows, Ctrl+S / Ctrl+Enter save and confirm.
  root.addEventListener('keydown', (e) => {
    const tr = e.target.closest?.('#candidates tr[data-index]');
    const i = tr ? Number(tr.dataset.index) : -1;
    if (e.ctrlKey && e.key.toLowerCase() === 's') { e.preventDefault(); save(); }
    else if (e.ctrlKey && e.key === 'Enter') { e.preventDefault(); confirmAll(); }
    else if (e.altKey && e.key.toLowerCase() === 'n') { e.preventDefault(); addRow(); }
    else if (e.altKey && e.key === 'PageDown') { e.preventDefault(); viewer.turn(1); }
    else if (e.altKey && e.key === 'PageUp') { e.preventDefault(); viewer.turn(-1); }
    else if (e.altKey && (e.key === 'o' || e.key === 'O')) { e.preventDefault(); viewer.toggleOriginal(); }
    else if (i >= 0 && e.altKey && e.key === 'ArrowUp') { e.preventDefault(); move(i, -1); }
    else if (i >= 0 && e.altKey && e.key === 'ArrowDown') { e.preventDefault(); move(i, 1); }
    else if (i >= 0 && e.altKey && e.key === 'Delete') { e.preventDefault(); remove(i); }
    else if (e.key === 'Enter' && !e.altKey && !e.metaKey && ['INPUT', 'SELECT'].includes(e.target.tagName)
      && (i >= 0 || e.target.closest('.form-grid'))) {
      e.preventDefault();
      // From a letter field or a marked row Enter walks what needs checking; in other rows (typing a list in)
      // it goes down the column, adding a row at the end.
      const fromMark = i < 0 || ex.candidates[i]?.needsCheck;
      if (fromMark && stepMarked(e.target, e.shiftKey ? -1 : 1)) return;
      if (i < 0) return;
      const next = tbody.querySelector(`tr[data-index="${i + (e.shiftKey ? -1 : 1)}"] [name="${e.target.name}"]`);
      if (next) next.focus(); else if (!e.shiftKey) addRow();
    }
  });
  // On opening, the clerk starts at the first thing to check (docs/rules.md#R50); the page is in place by then.
  if (editable) setTimeout(() => { if (root.isConnected) marked()[0]?.[1].focus(); });
  guardLeave(() => dirty);
  return root;
}

/** Why a field must be checked, and how sure the engine was; nothing for a field that needs no check. */
function checkHint(meta) {
  const sure = meta.confidence != null && meta.page ? `${zh.correction.confidence} ${Math.round(meta.confidence * 100)}%` : null;
  if (!meta.needsCheck) return sure ? [sure] : [];
  return [h('span.doubts', '⚠ ', (meta.doubts ?? []).map((d) => d.label).join('；')), sure ? `（${sure}）` : null];
}

/**
 * The server's verdict while the ID is as it gave it (idCheck, or idValid from older readings); ours once edited.
 * A repair proposal must be accepted by the clerk (onAccept) before the letter can be confirmed.
 */
function idCheckCell(c, onAccept) {
  if (!c.idNumber) return h('span.id-bad', '✕ ', zh.correction.invalid, '：', zh.correction.idReason.length);
  if (!c.edited) {
    const verdict = c.idCheck ?? (c.idValid === false ? 'INVALID' : c.idValid === true ? 'VALID' : null);
    if (verdict === 'INVALID') {
      return h('span.id-bad', '✕ ', zh.correction.invalid, c.idNote ? `：${c.idNote}` : reason(c.idNumber));
    }
    if (verdict === 'REPAIRED') {
      return h('span.id-repaired', '⚠ ', zh.correction.repaired(c.idOriginal ?? '?'), c.idNote ? `；${c.idNote}` : '', ' ',
        h('button.btn.small.accept-repair', { type: 'button', onclick: onAccept }, zh.correction.acceptRepair));
    }
    if (verdict === 'ACCEPTED') return h('span.id-ok', '✓ ', zh.correction.repairAccepted(c.idOriginal ?? '?'));
    if (verdict === 'VALID') return h('span.id-ok', '✓ ', zh.correction.valid);
  }
  const problem = idProblem(c.idNumber);
  if (problem) return h('span.id-bad', '✕ ', zh.correction.invalid, '：', zh.correction.idReason[problem]);
  return h('span.id-ok', '✓ ', zh.correction.valid);
}

function reason(id) {
  const problem = idProblem(id);
  return problem ? `：${zh.correction.idReason[problem]}` : '';
}

function shortcutHelp() {
  return h('details.card.shortcuts', { open: true },
    h('summary', zh.correction.shortcuts),
    h('dl.keys', zh.correction.keys.map(([k, d]) => [h('dt', h('kbd', k)), h('dd', d)])));
}

/**
 * The page images with an SVG layer of boxes. Boxes are in the units of extraction.pages[n] (PDF points for text
 * PDFs, pixels for scans), so the SVG's viewBox is the page in those units, laid over the image scaled to fit.
 * Pages without an image (a DOCX letter) have no viewer at all: `el` is null then.
 */
function pageViewer(letter, onPick) {
  const pageList = letter.extraction?.pages ?? [];
  const pages = pageList.length;
  const boxes = [];
  let current = 1;
  let active = null;
  const api0 = {
    el: null, highlight() {}, turn() {}, toggleOriginal() {}, page: () => current,
    addBox(page, box, key, lbl) { if (Array.isArray(box) && box.length === 4) boxes.push({ page, box, key, label: lbl }); },
    clearBoxes(prefix) { for (let i = boxes.length - 1; i >= 0; i--) if (boxes[i].key.startsWith(prefix)) boxes.splice(i, 1); },
  };
  if (!pageList.some((p) => p.image)) return api0;

  const img = h('img.page-img', { alt: '' });
  const svg = document.createElementNS(SVG, 'svg');
  svg.classList.add('boxes');
  svg.setAttribute('preserveAspectRatio', 'none');
  const stage = h('div.stage', img, svg);
  const note = h('div.viewer-note');
  const label = h('span.page-no');
  const prev = h('button.btn.small', { type: 'button', onclick: () => turn(-1), title: 'Alt+PageUp' }, zh.correction.prevPage);
  const next = h('button.btn.small', { type: 'button', onclick: () => turn(1), title: 'Alt+PageDown' }, zh.correction.nextPage);
  const openBtn = h('button.btn.small', { type: 'button', onclick: async () => {
    try { saveBlob(await api(paths.file(letter.id), { as: 'blob' }), letter.file?.fileName ?? 'original'); }
    catch (e) { showError(note, e); }
  } }, zh.letters.openOriginal);
  // Zoom: the buttons, Ctrl+wheel over the page, + / − / 0 while the viewer has focus. 100% is the viewer's width.
  let zoom = 1;
  const zoomLevel = h('span.zoom-level#zoom-level', { 'aria-live': 'polite' }, '100%');
  const zoomBtn = (id, text, title, f) => h(`button.btn.small#${id}`, { type: 'button', title, 'aria-label': title,
    onclick: () => setZoom(f(zoom)) }, text);
  const zoomBar = h('span.zoom', zoomBtn('zoom-out', '−', `${zh.correction.zoomOut} (−)`, (z) => z / ZOOM_STEP), zoomLevel,
    zoomBtn('zoom-in', '+', `${zh.correction.zoomIn} (+)`, (z) => z * ZOOM_STEP),
    zoomBtn('zoom-fit', zh.correction.zoomFit, `${zh.correction.zoomFit} (0)`, () => 1));
  // 原图 / 处理后 (docs/rules.md#R68): a scan as received beside what the reading used; boxes only on the latter.
  const scanned = (letter.extraction?.source ?? '').startsWith('OCR') && letter.file?.mediaType !== 'application/ofd';
  let original = false;
  const originalBtn = scanned ? h('button.btn.small#toggle-original', { type: 'button', 'aria-pressed': 'false',
    title: zh.correction.preparedHint, onclick: () => showOriginal(!original) }, zh.correction.showOriginal) : null;
  function showOriginal(on) {
    if (!scanned) return;
    original = on;
    originalBtn.setAttribute('aria-pressed', String(on));
    originalBtn.textContent = on ? zh.correction.showPrepared : zh.correction.showOriginal;
    originalBtn.title = on ? zh.correction.originalHint : zh.correction.preparedHint;
    svg.style.display = on ? 'none' : '';
    load(current);
  }
  const wrap = h('div.stage-wrap', { tabindex: '0', 'aria-label': zh.correction.pageImageKeys }, stage);
  const el = h('section.viewer.card', { 'aria-label': zh.correction.pageImage },
    h('div.viewer-bar', prev, label, next, zoomBar, originalBtn, openBtn), note, wrap);
  let url = null;
  // Only the last page asked for is shown: a row focused while another page loads wins over that page.
  let asked = 0;

  function setZoom(z) {
    zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z));
    stage.style.width = `${zoom * 100}%`;
    zoomLevel.textContent = `${Math.round(zoom * 100)}%`;
    scrollToActive();
  }
  wrap.addEventListener('wheel', (e) => {
    if (!e.ctrlKey) return;
    e.preventDefault();
    setZoom(e.deltaY < 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP);
  }, { passive: false });
  el.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') setZoom(zoom * ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') setZoom(zoom / ZOOM_STEP);
    else if (e.key === '0') setZoom(1);
    else return;
    e.preventDefault();
  });

  async function load(n) {
    const mine = ++asked;
    current = n;
    const meta = pageList[n - 1] ?? {};
    label.textContent = zh.correction.pageOf(n, pages);
    prev.disabled = n <= 1;
    next.disabled = n >= pages;
    note.replaceChildren();
    if (!meta.image) {
      stage.hidden = true;
      note.append(alertBox('info', zh.correction.noImage));
      return;
    }
    let blob;
    try {
      blob = await api((original ? paths.originalPagePng : paths.pagePng)(letter.id, n), { as: 'blob' });
    } catch (e) {
      if (mine !== asked) return;
      stage.hidden = true;
      showError(note, e);
      return;
    }
    if (mine !== asked) return;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(blob);
    stage.hidden = false;
    img.onload = () => {
      if (mine !== asked) return;
      svg.setAttribute('viewBox', `0 0 ${meta.width} ${meta.height}`);
      img.dataset.scale = String(img.naturalWidth / meta.width);
      draw();
      scrollToActive();
    };
    img.src = url;
  }
  function draw() {
    svg.replaceChildren(...boxes.filter((b) => (b.page || 1) === current).map((b) => {
      const [x, y, w, hgt] = b.box;
      const r = document.createElementNS(SVG, 'rect');
      Object.entries({ x, y, width: w, height: hgt }).forEach(([k, v]) => r.setAttribute(k, v));
      r.setAttribute('vector-effect', 'non-scaling-stroke');
      r.dataset.key = b.key;
      r.classList.add(b.key.startsWith('f:') ? 'field' : 'row');
      if (b.key === active) r.classList.add('active');
      const t = document.createElementNS(SVG, 'title');
      t.textContent = b.label ?? '';
      r.append(t);
      r.addEventListener('click', () => onPick(b.key));
      return r;
    }));
  }
  /** Centres the active box in the viewer (at any zoom), then brings the viewer itself into the window. */
  function scrollToActive() {
    const b = boxes.find((x) => x.key === active && (x.page || 1) === current);
    const meta = pageList[current - 1];
    if (!b || !meta?.width || stage.hidden || !img.complete || !img.naturalWidth) return;
    const sx = stage.clientWidth / meta.width;
    const sy = stage.clientHeight / meta.height;
    const [x, y, w, hgt] = b.box;
    wrap.scrollTo({ left: (x + w / 2) * sx - wrap.clientWidth / 2, top: (y + hgt / 2) * sy - wrap.clientHeight / 2 });
    svg.querySelector('rect.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  function highlight(page, box, key) {
    active = key;
    if (box && (page || 1) !== current && page >= 1 && page <= pages) { load(page); return; }
    draw();
    scrollToActive();
  }
  function turn(d) { const n = current + d; if (n >= 1 && n <= pages) load(n); }
  load(1);
  return { ...api0, el, highlight, turn, toggleOriginal: () => showOriginal(!original) };
}
