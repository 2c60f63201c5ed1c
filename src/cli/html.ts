/**
 * The managers' report: one self-contained HTML file that opens offline.
 * Inline SVG charts (each with a title, a description and its numbers in a
 * table), then a sortable table of every plan with its findings. No
 * external assets; a Content-Security-Policy allows only this file's own
 * style and script (by hash). Every piece of plan-derived text is escaped.
 */
import { createHash } from 'node:crypto';
import { CATEGORIES, type Category } from '../engine/index.js';
import type { FoldedFinding, PlanError, PlanStats } from './derive.js';

export interface HtmlPlan {
  name: string;
  group: string;
  stats?: PlanStats;
  findings?: FoldedFinding[];
  error?: PlanError;
}

export interface HtmlSettings {
  groupLabel: string;
  targetReadingAge: number;
  minScore: number | undefined;
  version: string;
  rulesVersion: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESC[c] ?? c);

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (part: number, whole: number): string => (whole === 0 ? '–' : `${fmt((100 * part) / whole)}%`);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] ?? null) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

interface Bar {
  label: string;
  value: number;
  /** Text shown at the end of the bar (defaults to the value). */
  text?: string;
  /** Drawn in the warning colour. */
  warn?: boolean;
}

let chartCount = 0;

/** A horizontal bar chart with its numbers repeated in a table. */
function barChart(o: { id: string; title: string; desc: string; bars: Bar[]; max?: number; unit: string; columns: [string, string] }): string {
  const id = `${o.id}-${chartCount++}`;
  const rowH = 26;
  const labelW = 190;
  const plotW = 420;
  const width = labelW + plotW + 70;
  const height = Math.max(1, o.bars.length) * rowH + 10;
  const max = o.max ?? Math.max(1, ...o.bars.map((b) => b.value));
  const rows = o.bars
    .map((b, i) => {
      const y = 5 + i * rowH;
      const w = max === 0 ? 0 : Math.max(b.value > 0 ? 2 : 0, (plotW * b.value) / max);
      const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
      return (
        `<g class="bar${b.warn ? ' warn' : ''}"><text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="2"></rect>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}">${esc(b.text ?? fmt(b.value))}</text></g>`
      );
    })
    .join('');
  const table =
    `<details><summary>Show the numbers in “${esc(o.title)}”</summary><table class="data"><thead><tr><th scope="col">${esc(o.columns[0])}</th><th scope="col">${esc(o.columns[1])}</th></tr></thead><tbody>` +
    o.bars.map((b) => `<tr><th scope="row">${esc(b.label)}</th><td>${esc(b.text ?? fmt(b.value))}</td></tr>`).join('') +
    `</tbody></table></details>`;
  return (
    `<figure class="chart" id="${esc(o.id)}"><figcaption><h3 id="${id}-t">${esc(o.title)}</h3><p id="${id}-d">${esc(o.desc)}</p></figcaption>` +
    `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(o.title)}</title><desc>${esc(o.desc)}</desc>${o.bars.length === 0 ? `<text x="10" y="20">No data</text>` : rows}</svg>${table}</figure>`
  );
}

const CATEGORY_LABEL: Record<Category, string> = { jargon: 'Jargon', wording: 'Wording', readability: 'Readability', plan: 'Actions' };

const STYLE = `
:root{--ink:#1b1b1b;--muted:#505a5f;--line:#b1b4b6;--bar:#1d70b8;--warn:#d4351c;--bg:#fff;--soft:#f3f2f1}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1200px;padding:1rem 1.5rem 4rem}
h1{font-size:2rem;margin:.5rem 0}
h2{font-size:1.5rem;margin:2.5rem 0 .5rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.15rem;margin:0}
.lede{font-size:1.15rem}
.keyfacts{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
.keyfacts li{background:var(--soft);padding:.75rem 1rem;min-width:11rem}
.keyfacts strong{display:block;font-size:1.6rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1.5rem}
figure.chart{margin:0;border:1px solid var(--line);padding:1rem}
figcaption p{margin:.25rem 0 .5rem;color:var(--muted)}
svg text{font:13px system-ui,Arial,sans-serif;fill:var(--ink)}
.bar rect{fill:var(--bar)}
.bar.warn rect{fill:var(--warn)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
table.data{width:auto;margin-top:.5rem}
thead th{background:var(--soft);position:sticky;top:0}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:inherit}
th button::after{content:" ⇅";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
tr.failed td{background:#fdf0ee}
.low{color:var(--warn);font-weight:700}
details ul{margin:.25rem 0 .25rem 1rem;padding:0}
.cat{display:inline-block;min-width:6.5rem;color:var(--muted)}
:focus-visible{outline:3px solid #ffdd00;outline-offset:0}
footer{margin-top:3rem;color:var(--muted);font-size:.9rem}
@media print{thead th{position:static}details{display:block}}
`;

/** Sorts the plan table by the clicked column: numbers as numbers, blanks last. */
const SCRIPT = `
(function(){
  var table=document.getElementById('plans');
  if(!table)return;
  var heads=table.querySelectorAll('thead th');
  heads.forEach(function(th,col){
    var b=th.querySelector('button');
    if(!b)return;
    b.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      heads.forEach(function(h){if(h.querySelector('button'))h.setAttribute('aria-sort','none');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var body=table.tBodies[0];
      var rows=Array.prototype.slice.call(body.rows);
      var num=th.classList.contains('n');
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute('data-v'),y=b.cells[col].getAttribute('data-v');
        if(x===null)x=a.cells[col].textContent;if(y===null)y=b.cells[col].textContent;
        if(x===''&&y!=='')return 1;if(y===''&&x!=='')return -1;
        var r=num?(Number(x)-Number(y)):x.localeCompare(y,'en-GB',{numeric:true});
        return asc?r:-r;
      });
      rows.forEach(function(r){body.appendChild(r);});
      var live=document.getElementById('sort-status');
      if(live)live.textContent='Sorted by '+b.textContent+(asc?', lowest first':', highest first');
    });
  });
})();
`;

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function numCell(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined ? '<td class="n" data-v=""></td>' : `<td class="n" data-v="${v}">${fmt(v, digits)}</td>`;
}

function planRow(p: HtmlPlan, minScore: number | undefined, target: number): string {
  const name = `<th scope="row">${esc(p.name)}</th><td>${esc(p.group)}</td>`;
  if (!p.stats || p.error) {
    const why = p.error ? `${p.error.message}` : 'no result';
    // Same cells as a checked row, so sorting by any column lines up; blanks sort last.
    return `<tr class="failed">${name}<td data-v="">Could not be checked: ${esc(why)}</td>${'<td data-v=""></td>'.repeat(9)}</tr>`;
  }
  const s = p.stats;
  const low = minScore !== undefined && s.score < minScore;
  const hard = s.readingAge !== null && s.readingAge > target;
  const findings = p.findings ?? [];
  const total = findings.reduce((n, f) => n + f.count, 0);
  const list =
    findings.length === 0
      ? 'None'
      : `<details><summary>${fmt(total)} finding${total === 1 ? '' : 's'}</summary><ul>${findings
          .map((f) => `<li><span class="cat">${esc(CATEGORY_LABEL[f.category])}</span> line ${f.line}: ${esc(f.reason)}${f.count > 1 ? ` (×${f.count})` : ''}</li>`)
          .join('')}</ul></details>`;
  return (
    `<tr>${name}` +
    `<td class="n${low ? ' low' : ''}" data-v="${s.score}">${fmt(s.score)}${low ? ' <span class="low">(below minimum)</span>' : ''}</td>` +
    (s.readingAge === null ? '<td class="n" data-v=""></td>' : `<td class="n${hard ? ' low' : ''}" data-v="${s.readingAge}">${fmt(s.readingAge, 1)}</td>`) +
    numCell(s.words) +
    numCell(s.counts.jargon) +
    numCell(s.counts.wording) +
    numCell(s.counts.readability) +
    numCell(s.actions.total) +
    numCell(s.actions['missing-owner']) +
    numCell(s.actions['missing-timescale']) +
    `<td data-v="${total}">${list}</td></tr>`
  );
}

/** The whole report as one string (for tests and small runs). */
export function renderHtml(plans: readonly HtmlPlan[], s: HtmlSettings): string {
  return [...renderHtmlChunks(plans, s)].join('');
}

/**
 * The report in pieces: everything before the plan table's rows, then each
 * row, then the rest. Written piece by piece, so a report on 10,000 plans
 * (about 100 MB of HTML) is never one string in memory, nor its copies.
 */
export function* renderHtmlChunks(plans: readonly HtmlPlan[], s: HtmlSettings): Generator<string> {
  chartCount = 0;
  const ok = plans.filter((p): p is HtmlPlan & { stats: PlanStats } => p.stats !== undefined && !p.error);
  const failed = plans.length - ok.length;
  const target = s.targetReadingAge;
  const scores = ok.map((p) => p.stats.score);
  const ages = ok.map((p) => p.stats.readingAge).filter((a): a is number => a !== null);
  const actions = { total: 0, owner: 0, timescale: 0, vagueTime: 0, what: 0, clear: 0 };
  const terms = new Map<string, { term: string; count: number; plans: number }>();
  for (const p of ok) {
    const a = p.stats.actions;
    actions.total += a.total;
    actions.owner += a['missing-owner'];
    actions.timescale += a['missing-timescale'];
    actions.vagueTime += a['vague-timescale'];
    actions.what += a['missing-action'] + a['vague-action'];
    actions.clear += a.clear;
    for (const t of p.stats.jargon) {
      const e = terms.get(t.ruleId);
      if (e) {
        e.count += t.count;
        e.plans++;
      } else terms.set(t.ruleId, { term: t.term, count: t.count, plans: 1 });
    }
  }

  // Score distribution, in tens.
  const scoreBins = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`, value: 0, warn: false }));
  for (const v of scores) {
    const bin = scoreBins[Math.min(9, Math.floor(v / 10))];
    if (bin) bin.value++;
  }
  if (s.minScore !== undefined) for (const [i, b] of scoreBins.entries()) b.warn = i * 10 + 9 < s.minScore;

  // Reading age, by year, against the target.
  const lo = 8;
  const hi = 20;
  const ageBins: Bar[] = [];
  for (let y = lo; y <= hi; y++) {
    const label = y === lo ? `${lo} or under` : y === hi ? `${hi} or over` : String(y);
    ageBins.push({ label: `${label}${y === Math.floor(target) ? ' (target)' : ''}`, value: 0, warn: y > target });
  }
  for (const a of ages) {
    const bin = ageBins[Math.min(hi, Math.max(lo, Math.floor(a))) - lo];
    if (bin) bin.value++;
  }
  const overTarget = ages.filter((a) => a > target).length;

  const topTerms = [...terms.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, 15);

  // Breakdown by group.
  const groups = new Map<string, HtmlPlan[]>();
  for (const p of plans) {
    const list = groups.get(p.group);
    if (list) list.push(p);
    else groups.set(p.group, [p]);
  }
  const groupRows = [...groups.entries()]
    .map(([group, list]) => {
      const g = list.filter((p): p is HtmlPlan & { stats: PlanStats } => p.stats !== undefined && !p.error);
      const acts = g.reduce((n, p) => n + p.stats.actions.total, 0);
      return {
        group,
        plans: list.length,
        failed: list.length - g.length,
        meanScore: g.length === 0 ? null : g.reduce((n, p) => n + p.stats.score, 0) / g.length,
        medianAge: median(g.map((p) => p.stats.readingAge).filter((a): a is number => a !== null)),
        overTarget: g.filter((p) => p.stats.readingAge !== null && p.stats.readingAge > target).length,
        checked: g.length,
        actions: acts,
        owner: g.reduce((n, p) => n + p.stats.actions['missing-owner'], 0),
        timescale: g.reduce((n, p) => n + p.stats.actions['missing-timescale'], 0),
      };
    })
    .sort((a, b) => a.group.localeCompare(b.group, 'en-GB', { numeric: true }));

  const charts = [
    barChart({
      id: 'chart-scores',
      title: 'Score distribution',
      desc: `How many plans scored in each band, out of 100 (higher is clearer). Median ${median(scores) === null ? '–' : fmt(median(scores) ?? 0)}.${s.minScore !== undefined ? ` Bands in red are below the minimum score of ${s.minScore}.` : ''}`,
      bars: scoreBins,
      unit: 'plans',
      columns: ['Score', 'Plans'],
    }),
    barChart({
      id: 'chart-reading-age',
      title: 'Reading age against the target',
      desc: `How many plans need each UK reading age. The target is ${target} or under; ${fmt(overTarget)} of ${fmt(ages.length)} plans (${pct(overTarget, ages.length)}) are above it, shown in red.`,
      bars: ageBins,
      unit: 'plans',
      columns: ['Reading age', 'Plans'],
    }),
    barChart({
      id: 'chart-jargon',
      title: 'Most frequent jargon',
      desc: topTerms.length === 0 ? 'No jargon was found.' : `The ${topTerms.length} jargon terms used most often across all plans, with the number of plans using each.`,
      bars: topTerms.map((t) => ({ label: t.term, value: t.count, text: `${fmt(t.count)} (in ${fmt(t.plans)} plan${t.plans === 1 ? '' : 's'})` })),
      unit: 'uses',
      columns: ['Term', 'Uses'],
    }),
    barChart({
      id: 'chart-actions',
      title: 'Actions missing an owner or a timescale',
      desc: `Share of all ${fmt(actions.total)} actions found. An action can have more than one problem.`,
      max: 100,
      bars: [
        { label: 'No owner', value: actions.total ? (100 * actions.owner) / actions.total : 0, text: `${pct(actions.owner, actions.total)} (${fmt(actions.owner)})`, warn: true },
        { label: 'No timescale', value: actions.total ? (100 * actions.timescale) / actions.total : 0, text: `${pct(actions.timescale, actions.total)} (${fmt(actions.timescale)})`, warn: true },
        { label: 'Vague timescale', value: actions.total ? (100 * actions.vagueTime) / actions.total : 0, text: `${pct(actions.vagueTime, actions.total)} (${fmt(actions.vagueTime)})` },
        { label: 'Missing or vague “what”', value: actions.total ? (100 * actions.what) / actions.total : 0, text: `${pct(actions.what, actions.total)} (${fmt(actions.what)})` },
        { label: 'Clear (no problem)', value: actions.total ? (100 * actions.clear) / actions.total : 0, text: `${pct(actions.clear, actions.total)} (${fmt(actions.clear)})` },
      ],
      unit: '%',
      columns: ['Actions', 'Share'],
    }),
    barChart({
      id: 'chart-groups',
      title: `Average score by ${s.groupLabel}`,
      desc: `Mean score of the plans in each ${s.groupLabel}; the table below gives reading ages and actions.`,
      max: 100,
      bars: groupRows.slice(0, 40).map((g) => ({ label: g.group, value: g.meanScore ?? 0, text: g.meanScore === null ? 'none checked' : `${fmt(g.meanScore)} (${fmt(g.plans)} plan${g.plans === 1 ? '' : 's'})`, warn: s.minScore !== undefined && g.meanScore !== null && g.meanScore < s.minScore })),
      unit: 'score',
      columns: [s.groupLabel, 'Mean score'],
    }),
  ];

  const groupTable =
    `<table class="data" id="groups"><caption class="visually-hidden">Breakdown by ${esc(s.groupLabel)}</caption><thead><tr>` +
    `<th scope="col">${esc(s.groupLabel[0]?.toUpperCase() + s.groupLabel.slice(1))}</th><th scope="col" class="n">Plans</th><th scope="col" class="n">Not checked</th><th scope="col" class="n">Mean score</th>` +
    `<th scope="col" class="n">Median reading age</th><th scope="col" class="n">Above target age</th><th scope="col" class="n">Actions</th><th scope="col" class="n">No owner</th><th scope="col" class="n">No timescale</th></tr></thead><tbody>` +
    groupRows
      .map(
        (g) =>
          `<tr><th scope="row">${esc(g.group)}</th><td class="n">${fmt(g.plans)}</td><td class="n">${fmt(g.failed)}</td><td class="n">${g.meanScore === null ? '–' : fmt(g.meanScore)}</td>` +
          `<td class="n">${g.medianAge === null ? '–' : fmt(g.medianAge, 1)}</td><td class="n">${pct(g.overTarget, g.checked)}</td><td class="n">${fmt(g.actions)}</td>` +
          `<td class="n">${pct(g.owner, g.actions)}</td><td class="n">${pct(g.timescale, g.actions)}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`;

  const sortable = (label: string, num: boolean): string => `<th scope="col"${num ? ' class="n"' : ''} aria-sort="none"><button type="button">${label}</button></th>`;
  const planTable =
    `<p id="sort-status" role="status" class="visually-hidden"></p>` +
    `<table id="plans"><caption>Every plan (${fmt(plans.length)}). Select a column heading to sort by it.</caption><thead><tr>` +
    sortable('Plan', false) +
    sortable(esc(s.groupLabel[0]?.toUpperCase() + s.groupLabel.slice(1)), false) +
    sortable('Score', true) +
    sortable('Reading age', true) +
    sortable('Words', true) +
    sortable('Jargon', true) +
    sortable('Wording', true) +
    sortable('Hard sentences', true) +
    sortable('Actions', true) +
    sortable('No owner', true) +
    sortable('No timescale', true) +
    sortable('Findings', true) +
    `</tr></thead><tbody>`;
  const planTableEnd = `</tbody></table>`;

  const style = `${STYLE}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;
  const csp = `default-src 'none'; style-src ${hash(style)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const medianScore = median(scores);
  const categories = CATEGORIES.map((c) => `${CATEGORY_LABEL[c]} ${fmt(ok.reduce((n, p) => n + p.stats.counts[c], 0))}`).join(', ');
  const before = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Plain-language check of child protection plans</title>',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Plain-language check of child protection plans</h1>',
    `<p class="lede">${fmt(plans.length)} plan${plans.length === 1 ? '' : 's'} checked for jargon, wording, reading age and whether each action says what will happen, who will do it and by when.${failed > 0 ? ` ${fmt(failed)} could not be checked: they are listed in the table with the reason.` : ''}</p>`,
    '<h2 id="key-facts">Key facts</h2>',
    '<ul class="keyfacts">',
    `<li><strong>${medianScore === null ? '–' : fmt(medianScore)}</strong> median score out of 100</li>`,
    `<li><strong>${pct(overTarget, ages.length)}</strong> of plans above reading age ${target}</li>`,
    `<li><strong>${pct(actions.owner, actions.total)}</strong> of actions with no owner</li>`,
    `<li><strong>${pct(actions.timescale, actions.total)}</strong> of actions with no timescale</li>`,
    s.minScore === undefined ? '' : `<li><strong>${fmt(scores.filter((x) => x < (s.minScore ?? 0)).length)}</strong> plans below the minimum score of ${s.minScore}</li>`,
    `<li><strong>${fmt(failed)}</strong> could not be checked</li>`,
    '</ul>',
    `<p>Findings by kind: ${esc(categories)}.</p>`,
    '<h2 id="charts">Charts</h2>',
    `<div class="charts">${charts.join('\n')}</div>`,
    `<h2 id="by-group">By ${esc(s.groupLabel)}</h2>`,
    groupTable,
    '<h2 id="plans-heading">Plans</h2>',
  ];
  const after = [
    '</main>',
    `<footer><p>Made by clearplan ${esc(s.version)} (rules ${esc(s.rulesVersion)}) on this computer. This file holds details from the plans: keep it as securely as the plans themselves.</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  // The same text as [...before, planTable + rows.join('\n') + planTableEnd, ...after].join('\n').
  yield `${before.join('\n')}\n${planTable}`;
  for (const [i, p] of plans.entries()) yield i === 0 ? planRow(p, s.minScore, target) : `\n${planRow(p, s.minScore, target)}`;
  yield `${planTableEnd}\n${after.join('\n')}`;
}
