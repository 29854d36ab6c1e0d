// 服务统计 (docs/rules.md#R74–#R76), for the auditor, the administrator and the principal officer: a period (month,
// quarter, year or from–to), the figures in total and per group, and charts by Apache ECharts (the WebJar, served
// from the WAR), each with a table of the same numbers beside it for screen readers. Exports: XLSX and PDF from the
// server, or the page printed (print styles in app.css).
import { api, paths } from '../api.js';
import { zh } from '../i18n/zh-CN.js';
import { h, field, select, card, pageHeader, table, showError, alertBox, today, saveBlob, dateInput } from '../ui.js';

const t = zh.statistics;
const ECHARTS = 'webjars/echarts/5.3.1/dist/echarts.min.js';

let echartsLoading;
/** ECharts is a classic script (window.echarts); loaded once, when the page first needs it. */
function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  echartsLoading ??= new Promise((resolve, reject) => {
    document.head.append(h('script', { src: ECHARTS, onload: () => resolve(window.echarts),
      onerror: () => { echartsLoading = null; reject(new Error(t.noCharts)); } }));
  });
  return echartsLoading;
}

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pct = (r) => (r === undefined || r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const pctValue = (r) => (r === undefined || r === null ? null : Math.round(r * 1000) / 10);
const days = (v) => (v === undefined || v === null ? '—' : String(v));

/** The period's first and last day from the picker's kind and values. */
function periodOf(kind, v) {
  if (kind === 'month') {
    const [y, m] = v.month.split('-').map(Number);
    return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  if (kind === 'quarter') {
    const y = Number(v.year); const first = (Number(v.quarter) - 1) * 3 + 1;
    return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` };
  }
  if (kind === 'year') return { from: `${v.year}-01-01`, to: `${v.year}-12-31` };
  return { from: v.from, to: v.to };
}

/** A chart and the table of its numbers side by side; the chart is decoration for screen readers (aria-hidden). */
function chartPair(id, title, columns, rows) {
  const chart = h(`div.chart#chart-${id}`, { 'aria-hidden': 'true' });
  return { chart, node: card(title, h('div.chart-pair', chart, table(columns, rows, { caption: title }))) };
}

export function statisticsPage() {
  const now = today();
  const [year, month] = now.split('-');
  const kind = select(Object.entries(t.kinds), 'year', { name: 'kind', id: 'stat-kind' });
  const inputs = {
    month: h('input', { type: 'month', name: 'month', value: `${year}-${month}` }),
    year: h('input', { type: 'number', name: 'year', min: '2020', max: '2100', value: year }),
    quarter: select(t.quarters.map((q, i) => [String(i + 1), q]), String(Math.floor((Number(month) - 1) / 3) + 1),
      { name: 'quarter' }),
    from: dateInput({ name: 'from', value: `${year}-01-01` }),
    to: dateInput({ name: 'to', value: now }),
  };
  const groupBy = select(Object.entries(t.groups), 'unit', { name: 'groupBy', id: 'stat-group' });
  const fields = {
    month: field(t.month, inputs.month), year: field(t.year, inputs.year), quarter: field(t.quarter, inputs.quarter),
    from: field(t.from, inputs.from), to: field(t.to, inputs.to),
  };
  const shown = { month: ['month'], quarter: ['year', 'quarter'], year: ['year'], range: ['from', 'to'] };
  function showFields() {
    Object.entries(fields).forEach(([k, f]) => { f.hidden = !shown[kind.value].includes(k); });
  }
  kind.addEventListener('change', showFields);
  showFields();
  const current = () => ({ ...periodOf(kind.value, Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value]))),
    groupBy: groupBy.value });

  const host = h('div#statistics-result');
  const form = h('form.filters.no-print', { role: 'search', 'aria-label': t.period },
    field(t.period, kind), Object.values(fields), field(t.groupBy, groupBy),
    h('div.field.buttons', h('button.btn.primary#stat-show', { type: 'submit' }, t.show)));
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });

  async function download(format) {
    const q = current();
    try {
      saveBlob(await api(paths.statisticsExport(format), { params: q, as: 'blob' }),
        `服务统计-${q.from}-${q.to}.${format}`);
    } catch (err) { showError(host, err); }
  }

  let charts = [];
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

  async function load() {
    const q = current();
    host.replaceChildren(alertBox('info', zh.common.loading));
    try {
      const [byMonth, byUnit, grouped] = await Promise.all([
        api(paths.statistics, { params: { from: q.from, to: q.to, groupBy: 'month' } }),
        api(paths.statistics, { params: { from: q.from, to: q.to, groupBy: 'unit' } }),
        api(paths.statistics, { params: q }),
      ]);
      charts.forEach((c) => c.dispose());
      charts = [];
      const pairs = render(byMonth, byUnit, grouped);
      try {
        const echarts = await loadECharts();
        charts = pairs.map(([pair, option]) => {
          const c = echarts.init(pair.chart, null, { renderer: 'canvas' });
          c.setOption({ animation: false, textStyle: { fontFamily: 'inherit' },
            tooltip: { trigger: 'axis', renderMode: 'richText' }, grid: { left: 56, right: 24, top: 40, bottom: 40 },
            ...option });
          return c;
        });
      } catch (err) {
        host.prepend(alertBox('warn', err.message));
      }
    } catch (err) { showError(host, err); }
  }

  /** Fills the host and returns each chart's holder with its ECharts option. */
  function render(byMonth, byUnit, grouped) {
    const total = grouped.total;
    const months = byMonth.groups;
    const kpis = h('div.kpis', [
      [t.kpi.received, total.received], [t.kpi.candidates, total.candidatesChecked], [t.kpi.hits, total.hits.persons],
      [t.kpi.hitRate, pct(total.hitRate)], [t.kpi.signed, total.replies.signed],
      [t.kpi.onTime, pct(total.onTime.limit.rate)], [t.kpi.onTimeDue, pct(total.onTime.dueDate.rate)],
      [t.kpi.extensions, total.extensions],
    ].map(([label, value]) => h('div.kpi', h('span.kpi-value', String(value)), h('span.kpi-label', label))));

    const c = t.col;
    const volume = chartPair('volume', t.charts.volume,
      [{ label: c.month, key: 'label' }, { label: c.received, key: 'received', cls: 'num' },
        { label: c.signed, render: (g) => g.replies.signed, cls: 'num' },
        { label: c.dispatched, render: (g) => g.replies.dispatched, cls: 'num' }], months);
    const onTime = chartPair('on-time', t.charts.onTime,
      [{ label: c.month, key: 'label' }, { label: c.onTime, render: (g) => pct(g.onTime.limit.rate), cls: 'num' },
        { label: c.onTimeDue, render: (g) => pct(g.onTime.dueDate.rate), cls: 'num' }], months);
    const hitRate = chartPair('hit-rate', t.charts.hitRate,
      [{ label: c.month, key: 'label' }, { label: c.candidates, key: 'candidatesChecked', cls: 'num' },
        { label: c.hits, render: (g) => g.hits.persons, cls: 'num' },
        { label: c.hitRate, render: (g) => pct(g.hitRate), cls: 'num' }], months);
    const steps = Object.values(total.steps);
    const stepPair = chartPair('steps', t.charts.steps,
      [{ label: c.step, key: 'label' }, { label: c.letters, key: 'letters', cls: 'num' },
        { label: c.median, render: (s) => days(s.median), cls: 'num' }, { label: c.p90, render: (s) => days(s.p90), cls: 'num' }],
      steps);
    const top = byUnit.groups.slice(0, 10);
    const units = chartPair('units', t.charts.units,
      [{ label: c.unit, key: 'label' }, { label: c.received, key: 'received', cls: 'num' },
        { label: c.hits, render: (g) => g.hits.persons, cls: 'num' }], top);

    const groups = grouped.groupBy ? [...grouped.groups, total] : [total];
    const figures = card(t.figures, table([
      { label: t.groups[grouped.groupBy ?? ''], key: 'label' },
      { label: c.received, key: 'received', cls: 'num' }, { label: c.screened, key: 'screened', cls: 'num' },
      { label: c.candidates, key: 'candidatesChecked', cls: 'num' }, { label: c.hits, render: (g) => g.hits.persons, cls: 'num' },
      { label: c.hitRecords, render: (g) => g.hits.records, cls: 'num' }, { label: c.hitRate, render: (g) => pct(g.hitRate), cls: 'num' },
      { label: c.overturned, key: 'overturnedHits', cls: 'num' }, { label: c.possible, key: 'possibleHits', cls: 'num' },
      { label: c.signed, render: (g) => g.replies.signed, cls: 'num' },
      { label: c.dispatched, render: (g) => g.replies.dispatched, cls: 'num' },
      { label: c.onTime, render: (g) => pct(g.onTime.limit.rate), cls: 'num' },
      { label: c.onTimeDue, render: (g) => pct(g.onTime.dueDate.rate), cls: 'num' },
      { label: c.extensions, key: 'extensions', cls: 'num' }, { label: c.rejected, key: 'rejected', cls: 'num' },
      { label: c.voided, key: 'voided', cls: 'num' },
    ], groups, { caption: t.figures, rowClass: (g) => (g === total ? 'total' : '') }),
    h('p.muted.small', t.rules));
    const o = grouped.objections;
    const objections = card(t.objections.title, h('p#stat-objections', t.objections.summary(o)), table([
      { label: t.objections.hop, key: 'label' }, { label: t.objections.closed, key: 'closed', cls: 'num' },
      { label: c.median, render: (x) => days(x.median), cls: 'num' }, { label: c.p90, render: (x) => days(x.p90), cls: 'num' },
      { label: t.objections.closedLate, key: 'closedLate', cls: 'num' },
    ], o.hops, { caption: t.objections.title }), h('p.muted.small', t.objections.note));

    host.replaceChildren(
      h('p.muted#stat-period', t.asOf(grouped.from, grouped.to, grouped.asOf)), kpis,
      h('div.chart-grid', volume.node, onTime.node, hitRate.node, stepPair.node), units.node, figures, objections);

    const monthAxis = { type: 'category', data: months.map((g) => g.label) };
    const percentAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
    return [
      [volume, { legend: { data: [c.received, c.signed] }, xAxis: monthAxis, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: c.received, type: 'bar', data: months.map((g) => g.received) },
          { name: c.signed, type: 'bar', data: months.map((g) => g.replies.signed) }] }],
      [onTime, { legend: { data: [c.onTime, c.onTimeDue] }, xAxis: monthAxis, yAxis: percentAxis,
        series: [{ name: c.onTime, type: 'line', data: months.map((g) => pctValue(g.onTime.limit.rate)) },
          { name: c.onTimeDue, type: 'line', data: months.map((g) => pctValue(g.onTime.dueDate.rate)) }] }],
      [hitRate, { legend: { data: [c.hitRate] }, xAxis: monthAxis,
        yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
        series: [{ name: c.hitRate, type: 'line', data: months.map((g) => pctValue(g.hitRate)) }] }],
      [stepPair, { legend: { data: [c.median, c.p90] }, xAxis: { type: 'category', data: steps.map((s) => s.label) },
        yAxis: { type: 'value', name: '工作日', minInterval: 1 },
        series: [{ name: c.median, type: 'bar', data: steps.map((s) => s.median ?? null) },
          { name: c.p90, type: 'bar', data: steps.map((s) => s.p90 ?? null) }] }],
      [units, { grid: { left: 220, right: 24, top: 16, bottom: 24 }, xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: top.map((g) => g.label) },
        series: [{ name: c.received, type: 'bar', data: top.map((g) => g.received) }] }],
    ];
  }

  load();
  return h('div.statistics', pageHeader(t.title,
    h('button.btn#stat-xlsx', { type: 'button', onclick: () => download('xlsx') }, t.xlsx),
    h('button.btn#stat-pdf', { type: 'button', onclick: () => download('pdf') }, t.pdf),
    h('button.btn#stat-print', { type: 'button', onclick: () => window.print() }, t.print)),
  card(null, form), host);
}
