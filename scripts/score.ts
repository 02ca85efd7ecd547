/**
 * `npm run score -- --year 2025 [--csv]`: a year's per-mu ranking from data/, computed by the same
 * module as the site. `--csv` prints exactly the CSV the site publishes for that year.
 */
import { dirsFromEnv, loadDataset } from '../src/lib/data/dataset.ts';
import { formatReport } from '../src/lib/data/report.ts';
import { evaluateReleases, parkYearInputs } from '../src/lib/evaluation/portal.ts';
import { evaluationCsv } from '../src/lib/evaluation/export.ts';
import { UTF8_BOM } from '../src/lib/format/csv.ts';
import { INDICATOR_KEYS, INDICATORS } from '../src/lib/evaluation/indicators.ts';
import { roundHalfUp } from '../src/lib/evaluation/round.ts';

const args = process.argv.slice(2);
const yearArg = args[args.indexOf('--year') + 1];
const asCsv = args.includes('--csv');

const { dataset, issues } = loadDataset(dirsFromEnv());
if (!dataset) {
  process.stderr.write(formatReport(issues) + '\n');
  process.exit(1);
}
const evaluations = evaluateReleases(dataset.tables);
const years = evaluations.map((e) => e.year);
const year = yearArg !== undefined && args.includes('--year') ? Number(yearArg) : Math.max(...years);
const e = evaluations.find((x) => x.year === year);
if (!e) {
  process.stderr.write(`没有 ${yearArg} 年的评价（releases.csv 中的年度：${years.join(', ')}）。 No evaluation for ${yearArg} (years in releases.csv: ${years.join(', ')}).\n`);
  process.exit(1);
}
const names = new Map(dataset.tables.parks.map((p) => [p.id, p.name_zh]));
const nameOf = (id: string) => names.get(id) ?? id;
const inputs = parkYearInputs(dataset.tables);

if (asCsv) {
  process.stdout.write(UTF8_BOM + evaluationCsv(e, inputs, nameOf));
} else {
  const status = dataset.tables.scoringReleases.find((r) => r.year === year)?.status;
  const f2 = (x: number) => roundHalfUp(x, 2).toFixed(2);
  const lines: string[] = [];
  lines.push(`${year} 年度园区亩均效益评价 Per-mu evaluation ${year} (${status}, ${e.method})`, '');
  lines.push(['名次', '变化', '园区', '等次', ...INDICATOR_KEYS.map((k) => INDICATORS[k].zh), '总分'].join('\t'));
  for (const g of e.graded) {
    lines.push([g.rank, g.rankChange === null ? '新' : g.rankChange > 0 ? `↑${g.rankChange}` : g.rankChange < 0 ? `↓${-g.rankChange}` : '–', nameOf(g.park_id), g.grade, ...INDICATOR_KEYS.map((k) => f2(g.scores[k])), f2(g.total)].join('\t'));
  }
  if (e.benchmarks) lines.push('', `基准 Benchmarks: ${INDICATOR_KEYS.map((k) => `${INDICATORS[k].zh} ${roundHalfUp(e.benchmarks![k].value, 4)}`).join('；')}`);
  for (const u of e.ungraded) lines.push(`不评级 Ungraded: ${nameOf(u.park_id)} — ${u.reason.zh}`);
  process.stdout.write(lines.join('\n') + '\n');
}
