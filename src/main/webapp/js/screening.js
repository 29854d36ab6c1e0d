// Screening results (POST/GET /api/letters/{id}/screening) as the handler and the reviewer see them.
import { zh } from './i18n/zh-CN.js';
import { h, maskId, fmtDateTime } from './ui.js';

export function isHit(r) { return r.outcome === 'HIT'; }

/** The register's fields in the order of the public register's page; its masked ID is shown as published. */
const RECORD_FIELDS = ['name', 'idNumber', 'court', 'province', 'caseNumber', 'basisNumber', 'duty', 'performance',
  'dishonestConduct', 'filedOn', 'publishedOn', 'registerVersion'];

export function recordFacts(rec) {
  return h('dl.facts.compact', RECORD_FIELDS.filter((k) => rec[k] !== null && rec[k] !== undefined && rec[k] !== '')
    .map((k) => [h('dt', zh.record[k] ?? k), h('dd', { class: k === 'idNumber' || k === 'caseNumber' ? 'mono' : null },
      String(rec[k]))]));
}

/** The second reviewer's decision on a hit, or that it awaits one. */
export function reviewBadge(r) {
  if (!isHit(r)) return null;
  if (!r.review) return h('span.badge.warn', zh.review.awaiting);
  return r.review.decision === 'OVERTURNED'
    ? h('span.badge.ok', zh.review.overturned)
    : h('span.badge.danger', zh.review.confirmed);
}

export function reviewLine(review) {
  if (!review) return null;
  return h('p.review-line', `${zh.review.decision}：${review.decision === 'OVERTURNED' ? zh.review.overturned : zh.review.confirmed}`,
    `（${review.reviewer}，${fmtDateTime(review.at)}）`, review.note ? `：${review.note}` : '');
}

/** Summary line over a whole screening: register version, who ran it, how many hits. */
export function screeningSummary(s) {
  return h('p.muted.screening-summary', zh.handler.summary(s.registerVersion, s.screenedBy, fmtDateTime(s.screenedAt),
    s.results.length, s.hitCount));
}

/** One candidate's result for the handler: ID masked, matches listed. */
export function resultCard(r) {
  const hit = isHit(r);
  return h('article.result', { class: hit ? 'hit' : 'clear', dataset: { index: r.index } },
    h('header',
      h('span.num', `${r.index}.`), h('strong', r.name), h('span.mono', maskId(r.idNumber)),
      h('span.badge', { class: hit ? 'danger' : 'ok' }, hit ? zh.handler.hit : zh.handler.clear),
      reviewBadge(r)),
    hit ? h('div.matches', h('h4', `${zh.handler.matches}（${r.records.length}）`),
      r.records.map((m) => recordFacts(m)), reviewLine(r.review)) : null);
}
