// Screening results as the handler and the reviewer see them; the server's shape is read defensively
// because the screening endpoints are still being built.
import { zh } from './i18n/zh-CN.js';
import { h, maskId, statusBadge } from './ui.js';

export function resultsOf(payload) {
  if (!payload) return [];
  const list = Array.isArray(payload) ? payload : payload.results ?? payload.items ?? payload.candidates ?? [];
  return list.map((r, i) => ({ ...r, index: r.index ?? i, matches: r.matches ?? r.records ?? [] }));
}

export function isHit(r) {
  if (typeof r.hit === 'boolean') return r.hit;
  if (r.outcome) return String(r.outcome).toUpperCase().includes('HIT') && !/NO_?HIT/i.test(r.outcome);
  return r.matches.length > 0;
}

/** The register record as a definition list; the register's own masked ID is shown as published. */
export function recordFacts(rec) {
  return h('dl.facts.compact', Object.entries(rec)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => [h('dt', zh.record[k] ?? k), h('dd', typeof v === 'boolean' ? (v ? zh.common.yes : zh.common.no) : String(v))]));
}

export function candidateName(r) { return r.name ?? r.candidate?.name ?? ''; }
export function candidateId(r) { return r.idNumber ?? r.candidate?.idNumber ?? ''; }

/** One candidate's result for the handler: ID masked, matches listed. */
export function resultCard(r) {
  const hit = isHit(r);
  return h('article.result', { class: hit ? 'hit' : 'clear' },
    h('header',
      h('strong', candidateName(r)), h('span.mono', maskId(candidateId(r))),
      h('span.badge', { class: hit ? 'danger' : 'ok' }, hit ? zh.handler.hit : zh.handler.clear),
      r.review ? h('span.badge.info', `${zh.review.decision}：${r.review.decision === 'OVERTURN' ? zh.review.overturn : zh.review.confirmHit}`) : null,
      r.status ? statusBadge(r.status) : null),
    r.matches.length ? h('div.matches', h('h4', `${zh.handler.matches}（${r.matches.length}）`),
      r.matches.map((m) => recordFacts(m))) : null);
}
