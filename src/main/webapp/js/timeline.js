// 流程跟踪: a letter's steps from its audit trail, who took each, when and the working days it took (docs/rules.md#R94).
import { api, paths } from './api.js';
import { zh } from './i18n/zh-CN.js';
import { h, card, table, fmtDateTime, showError } from './ui.js';

export function timelineTable(t) {
  return table([
    { label: zh.timeline.step, render: (s) => h('span', { title: s.action }, s.label) },
    { label: zh.timeline.who, render: (s) => s.who.displayName ?? s.who.username },
    { label: zh.timeline.at, render: (s) => fmtDateTime(s.at), cls: 'nowrap' },
    { label: zh.timeline.days, key: 'workingDays', cls: 'num' },
  ], t.steps, { caption: zh.timeline.title, empty: zh.timeline.none });
}

/** The card on a letter's page; it loads by itself. */
export function timelineCard(letterId) {
  const body = h('div', h('p.muted', zh.common.loading));
  api(paths.timeline(letterId)).then((t) => body.replaceChildren(timelineTable(t),
    h('p.muted', zh.timeline.total(t.totalWorkingDays)))).catch((err) => showError(body, err));
  return h('div#timeline', card(zh.timeline.title, body));
}
