// Screening results (POST/GET /api/letters/{id}/screening) as the handler and the reviewer see them.
import { api, paths } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, maskId, fmtDateTime, personName, table } from './ui.js';

export function isHit(r) { return r.outcome === 'HIT'; }

/** Flagged only as a possible hit (疑似命中, docs/rules.md#R56): no exact record, a near one; reviewed or not. */
export function isPossible(r) { return !r.records.length && (r.possibleRecords ?? []).length > 0; }

/** Anything the register matched, exactly or possibly: what the second review decides. */
export function isFlagged(r) { return r.records.length > 0 || isPossible(r); }

/** The register's fields in the order of the public register's page; its masked ID is shown as published. */
const RECORD_FIELDS = ['name', 'idNumber', 'court', 'province', 'caseNumber', 'basisNumber', 'duty', 'performance',
  'dishonestConduct', 'filedOn', 'publishedOn', 'registerVersion'];

export function recordFacts(rec) {
  return h('dl.facts.compact', RECORD_FIELDS.filter((k) => rec[k] !== null && rec[k] !== undefined && rec[k] !== '')
    .map((k) => [h('dt', zh.record[k] ?? k), h('dd', { class: k === 'idNumber' || k === 'caseNumber' ? 'mono' : null },
      String(rec[k]))]));
}

/** The second reviewer's decision on a hit or possible hit, or that it awaits one. */
export function reviewBadge(r) {
  if (!isFlagged(r)) return null;
  if (!r.review) return h('span.badge.warn', isPossible(r) ? zh.review.possibleAwaiting : zh.review.awaiting);
  return r.review.decision === 'OVERTURNED'
    ? h('span.badge.ok', isPossible(r) ? zh.review.possibleOverturned : zh.review.overturned)
    : h('span.badge.danger', zh.review.confirmed);
}

/** Why a possible hit was flagged: the letter's name beside the register's, and the kind of difference. */
export function possibleNote(r, p) {
  return h('p.possible-reason', h('strong', `${zh.review.possible}：`),
    zh.review.possibleWhy(r.name, p.name, p.reasonLabel));
}

export function reviewLine(review) {
  if (!review) return null;
  return h('p.review-line', `${zh.review.decision}：${review.decision === 'OVERTURNED' ? zh.review.overturned : zh.review.confirmed}`,
    `（${personName(review.reviewer)}，${fmtDateTime(review.at)}）`, review.note ? `：${review.note}` : '');
}

/** Summary line over a whole screening: register version, who ran it, how many hits and possible hits. */
export function screeningSummary(s) {
  return h('p.muted.screening-summary', zh.handler.summary(s.registerVersion, personName(s.screenedBy), fmtDateTime(s.screenedAt),
    s.results.length, s.hitCount, s.possibleHitCount ?? 0));
}

/** One candidate's result for the handler: ID masked, matches listed (a possible hit's with why it was flagged). */
export function resultCard(r) {
  const hit = isHit(r);
  const possible = r.outcome === 'POSSIBLE_HIT';
  const shown = hit || possible;
  const records = isPossible(r) ? r.possibleRecords : r.records;
  return h('article.result', { class: hit ? 'hit' : possible ? 'possible' : 'clear', dataset: { index: r.index } },
    h('header',
      h('span.num', `${r.index}.`), h('strong', r.name), h('span.mono', maskId(r.idNumber)),
      outcomeBadge(r), reviewBadge(r)),
    shown ? h('div.matches', h('h4', `${zh.handler.matches}（${records.length}）`),
      records.map((m) => [isPossible(r) ? possibleNote(r, m) : null, recordFacts(m)]), reviewLine(r.review)) : null);
}

/** Above this many candidates the results open as a table: 45 cards are pages of scrolling (issue 17). */
const CARDS_UP_TO = 10;

/**
 * The results with a hits-only filter (hits and possible hits) and a choice of cards or a compact table, each row a
 * candidate: 序号, name, masked ID, result, review, how many register records (docs/rules.md#R103).
 */
export function resultsView(screening) {
  const flagged = screening.results.filter(isFlagged).length;
  const state = { hitsOnly: false, table: screening.results.length > CARDS_UP_TO };
  const host = h('div.results-body#results-body');
  const only = h('input#hits-only', { type: 'checkbox', checked: state.hitsOnly });
  const viewBtn = (asTable, label) => h('button.btn.small', { type: 'button', dataset: { view: asTable ? 'table' : 'cards' },
    onclick: () => { state.table = asTable; draw(); } }, label);
  const views = [viewBtn(true, zh.handler.asTable), viewBtn(false, zh.handler.asCards)];
  only.addEventListener('change', () => { state.hitsOnly = only.checked; draw(); });
  const columns = [
    { label: zh.handler.index, render: (r) => r.index, cls: 'num' },
    { label: zh.correction.name, render: (r) => h('strong', r.name) },
    { label: zh.handler.idNumber, render: (r) => h('span.mono', maskId(r.idNumber)) },
    { label: zh.handler.result, render: (r) => outcomeBadge(r) },
    { label: zh.handler.reviewCol, render: (r) => reviewBadge(r) ?? h('span.muted', '—') },
    { label: zh.handler.records, render: (r) => (isPossible(r) ? r.possibleRecords : r.records).length, cls: 'num' },
  ];
  function draw() {
    views.forEach((b) => b.setAttribute('aria-pressed', String((b.dataset.view === 'table') === state.table)));
    const shown = state.hitsOnly ? screening.results.filter(isFlagged) : screening.results;
    host.replaceChildren(!shown.length ? h('p.muted', zh.handler.noneHit)
      : state.table ? table(columns, shown, { caption: zh.handler.screening,
        rowClass: (r) => (isHit(r) ? 'hit' : r.outcome === 'POSSIBLE_HIT' ? 'possible' : null) })
        : h('div', shown.map(resultCard)));
  }
  draw();
  return h('div.results-view',
    h('div.results-tools', h('label.check', only, ' ', zh.handler.hitsOnly(flagged)),
      h('div.view-switch', { role: 'group', 'aria-label': zh.handler.viewAs }, views)),
    host);
}

function outcomeBadge(r) {
  const hit = isHit(r);
  const possible = r.outcome === 'POSSIBLE_HIT';
  return h('span.badge', { class: hit ? 'danger' : possible ? 'warn' : 'ok' },
    hit ? zh.handler.hit : possible ? zh.review.possible : zh.handler.clear);
}

/** 命中人数 of the letters of a queue page, set on each as reviewCounts (letterList's decorate, docs/rules.md#R103). */
export async function withHitCounts(letters) {
  if (!letters.length) return;
  const { items } = await api(paths.screeningCounts(letters.map((l) => l.id)));
  const by = new Map(items.map((c) => [c.letterId, c]));
  letters.forEach((l) => { l.reviewCounts = by.get(l.id) ?? null; });
}

/** The queue's 命中人数 column: hits and possible hits, with how many still await review. */
export const hitCountColumn = { label: zh.handler.hitCount, cls: 'num hit-count',
  render: (l) => (l.reviewCounts ? zh.handler.hitCountOf(l.reviewCounts.flagged, l.reviewCounts.awaiting)
    : h('span.muted', '—')) };
