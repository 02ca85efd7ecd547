/**
 * Loading the whole portal: every table, portal.json and the MDX frontmatter, each checked, then
 * checked against each other. One call, every problem at once. Used by `npm run check`, the Astro
 * build and the tests alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { decodeUtf8, parseCsvBytes } from './csv.ts';

const SAVE_JSON_AS_UTF8 = { zh: '用记事本或 VS Code 打开，另存为“UTF-8”编码。', en: 'Open it in Notepad or VS Code and save it with the UTF-8 encoding.' };
import { hint, type DataIssue } from './issues.ts';
import { parsePortal, type Portal } from './portal.ts';
import { readTable, type TableDef, type TableRow, type Columns, type RowOf } from './table.ts';
import { TABLES, type Row, type TableName } from './tables.ts';
import { COLLECTIONS, readCollection, type CollectionName, type ContentSet, type TranslationSet } from './content.ts';
import { crossCheck } from './crosscheck.ts';
import { dispatchCrossCheck } from './crosscheck-dispatch.ts';
import { programmeCheck } from './programme-check.ts';
import { evaluationIssues } from './evaluation-check.ts';
import { plausibilityCheck } from './plausibility-check.ts';
import type { AcknowledgedWarning } from './acknowledgements.ts';
import { readBoundaries } from './geo.ts';
import type { FeatureCollection } from 'geojson';
import { releaseIssues } from './release-check.ts';
import { sealGuard, type Engine, type YearSeal } from '../evaluation/guard.ts';

export interface PortalDirs {
  /** Folder with the CSV tables, portal.json and scoring/. */
  dataDir: string;
  /** Folder with parks/, chains/, policies/, updates/, pages/. */
  contentDir: string;
  /** The site's static files, where documents linked as site files must be (default: public/ under the
   *  working folder); null = do not look (a version of the data checked out without its site files). */
  publicDir?: string | null;
}

/** The folders from the environment (`PORTAL_DATA_DIR`, `PORTAL_CONTENT_DIR`), else `data/` and `content/`. */
export function dirsFromEnv(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): PortalDirs {
  const abs = (p: string) => (isAbsolute(p) ? p : join(cwd, p));
  return { dataDir: abs(env['PORTAL_DATA_DIR'] || 'data'), contentDir: abs(env['PORTAL_CONTENT_DIR'] || 'content') };
}

export type Tables = { [N in TableName]: Row<N>[] };

export interface Dataset {
  portal: Portal;
  tables: Tables;
  content: ContentSet;
  /** English twins of MDX files (`<id>.en.mdx`), by collection. */
  translations: TranslationSet;
  /** County boundaries for the locator map, when a deployer supplies data/geo/counties.geojson. */
  boundaries?: FeatureCollection;
  /** Plausibility warnings staff checked and acknowledged in checks/acknowledged.csv, with reasons. */
  acknowledged: AcknowledgedWarning[];
  /** The seals of final years (scoring/seals/), with their corrections, by year. */
  seals: Map<number, YearSeal>;
}

/** Rows with the line they came from, for checks that point back at the file. */
export type LinedTables = { [N in TableName]: TableRow<Row<N>>[] };

export interface Loaded {
  portal: Portal | undefined;
  lined: LinedTables;
  /** Ids present in each single-key table's raw rows, valid or not. */
  rawIds: { [N in TableName]: Set<string> };
  /** 1-based column number of each column name in each table's file. */
  columnIndex: { [N in TableName]: Map<string, number> };
  /** Display path of each table's file. */
  files: { [N in TableName]: string };
  /** Tables whose file could not be read at all (missing, wrong encoding or shape, broken header):
   *  references to them are not checked, so one bad file gives one message, not one per reference. */
  unreadable: Set<TableName>;
  content: ContentSet;
  /** Ids of every MDX file in each collection, valid or not. */
  contentIds: { [N in CollectionName]: Set<string> };
  contentDisplayDir: string;
}

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  dataset?: Dataset;
  issues: DataIssue[];
  /** Warnings silenced by checks/acknowledged.csv (not in `issues`). */
  acknowledged: AcknowledgedWarning[];
  /** With `guard: false`: what the seal guard found, kept out of `issues` (for `npm run diff`). */
  sealIssues?: DataIssue[];
}

export interface LoadOptions {
  /** Run the seal guard as part of the check (default true). */
  guard?: boolean;
  /** The evaluation the guard runs (tests pass a double). */
  engine?: Engine;
}

/** `target.push(...items)` without the spread, which overflows the stack for a few hundred thousand items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

type LoadedTable<R> = { rows: TableRow<R>[]; rawIds: Set<string>; columnIndex: Map<string, number>; unreadable: boolean };

function loadTable<C extends Columns>(def: TableDef<C>, dataDir: string, shown: string, issues: DataIssue[]): LoadedTable<RowOf<C>> {
  const path = join(dataDir, def.file);
  if (!existsSync(path)) {
    if (def.optional) return { rows: [], rawIds: new Set(), columnIndex: new Map(), unreadable: false };
    const header = Object.entries(def.columns).filter(([, c]) => c.inHeader).map(([n]) => n).join(',');
    issues.push({ severity: 'error', file: shown, rule: 'file.missing', message: { zh: `缺少文件 ${def.file}（${def.zh}）。`, en: `The file ${def.file} (${def.en}) is missing.` }, hint: hint(`新建这个文件，第一行写表头：${header}`, `Create it with this header row: ${header}`) });
    return { rows: [], rawIds: new Set(), columnIndex: new Map(), unreadable: true };
  }
  const parsed = parseCsvBytes(readFileSync(path), shown);
  if (!parsed.ok) {
    append(issues, parsed.issues);
    return { rows: [], rawIds: new Set(), columnIndex: new Map(), unreadable: true };
  }
  append(issues, parsed.table.notes);
  const read = readTable(def, parsed.table, shown);
  append(issues, read.issues);
  return { rows: read.rows, rawIds: read.rawIds, columnIndex: read.columnIndex, unreadable: read.unreadable };
}

/** Reads and checks everything; the dataset is returned only when no error was found. */
export function loadDataset(dirs: PortalDirs, cwd: string = process.cwd(), options: LoadOptions = {}): LoadResult {
  const issues: DataIssue[] = [];
  const dataShown = display(dirs.dataDir, cwd);
  // Site files (images, linked documents) live in public/; null = do not look (a version from git has none).
  const publicDir = dirs.publicDir === undefined ? join(cwd, 'public') : dirs.publicDir;
  const contentShown = display(dirs.contentDir, cwd);

  const portalPath = join(dirs.dataDir, 'portal.json');
  let portal: Portal | undefined;
  if (!existsSync(portalPath)) {
    issues.push({ severity: 'error', file: `${dataShown}/portal.json`, rule: 'file.missing', message: { zh: '缺少 portal.json（平台名称、截至日期、许可等）。', en: 'portal.json (portal name, as-of date, licence…) is missing.' }, hint: hint('参照 data/README.md 新建。', 'Create it as data/README.md describes.') });
  } else {
    const decoded = decodeUtf8(readFileSync(portalPath), `${dataShown}/portal.json`);
    if ('issue' in decoded) issues.push({ ...decoded.issue, hint: SAVE_JSON_AS_UTF8 });
    else {
      const r = parsePortal(decoded.text, `${dataShown}/portal.json`);
      append(issues, r.issues);
      portal = r.portal;
    }
  }

  const lined = {} as Record<TableName, TableRow<unknown>[]>;
  const rawIds = {} as Record<TableName, Set<string>>;
  const files = {} as Record<TableName, string>;
  const columnIndex = {} as Record<TableName, Map<string, number>>;
  const unreadable = new Set<TableName>();
  for (const [name, def] of Object.entries(TABLES) as unknown as [TableName, TableDef][]) {
    files[name] = `${dataShown}/${def.file}`;
    const r = loadTable(def, dirs.dataDir, files[name], issues);
    lined[name] = r.rows;
    rawIds[name] = r.rawIds;
    columnIndex[name] = r.columnIndex;
    if (r.unreadable) unreadable.add(name);
  }

  const content = {} as Record<CollectionName, unknown[]>;
  const contentIds = {} as Record<CollectionName, Set<string>>;
  const translations = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const r = readCollection(name, dirs.contentDir, contentShown, false, publicDir ?? undefined);
    append(issues, r.issues);
    content[name] = r.entries;
    contentIds[name] = r.ids;
    const en = readCollection(name, dirs.contentDir, contentShown, true, publicDir ?? undefined);
    append(issues, en.issues);
    translations[name] = en.entries;
    for (const e of en.entries) {
      if (!r.ids.has(e.id)) issues.push({ severity: 'error', file: e.file, rule: 'content.translation-without-original', value: e.id, message: { zh: `英文版 ${e.id}.en.mdx 没有对应的中文原文 ${e.id}.mdx。`, en: `The English version ${e.id}.en.mdx has no Chinese original ${e.id}.mdx.` }, hint: { zh: '文件名应为原文文件名加 .en，例如 luxi-hitech.en.mdx。', en: 'Name it after the original plus .en, e.g. luxi-hitech.en.mdx.' } });
    }
  }

  const geo = readBoundaries(dirs.dataDir, dataShown);
  append(issues, geo.issues);

  const loaded: Loaded = {
    portal,
    lined: lined as LinedTables,
    rawIds: rawIds as Loaded['rawIds'],
    files: files as Loaded['files'],
    columnIndex: columnIndex as Loaded['columnIndex'],
    unreadable,
    content: content as ContentSet,
    contentIds,
    contentDisplayDir: contentShown,
  };
  append(issues, crossCheck(loaded));
  append(issues, dispatchCrossCheck(loaded));
  append(issues, programmeCheck(loaded, publicDir === null ? null : { dir: publicDir, shown: display(publicDir, cwd) }));
  // The evaluation only runs on data that passed every other check.
  if (!issues.some((i) => i.severity === 'error')) append(issues, evaluationIssues(loaded));
  // The plausibility warnings compare figures, which must first be figures: they run when the
  // files they read have no error, so they show beside errors elsewhere (not only once all is fixed).
  let acknowledged: AcknowledgedWarning[] = [];
  const plausibilityFiles = new Set([files.parkIndicators, files.chainIndicators, files.checkThresholds, files.acknowledgedWarnings]);
  if (!issues.some((i) => i.severity === 'error' && plausibilityFiles.has(i.file))) {
    const p = plausibilityCheck(loaded);
    append(issues, p.issues);
    acknowledged = p.acknowledged;
  }
  // The release and correction rules read the evaluation's inputs: only on data with no error.
  if (!issues.some((i) => i.severity === 'error')) append(issues, releaseIssues(loaded));
  // Last, the seals: a sealed result is compared only once the data it comes from is sound.
  let seals = new Map<number, YearSeal>();
  let sealIssues: DataIssue[] | undefined;
  if (!issues.some((i) => i.severity === 'error')) {
    const g = sealGuard(loaded, dirs.dataDir, dataShown, options.engine);
    seals = g.seals;
    if (options.guard === false) sealIssues = g.issues;
    else append(issues, g.issues);
  }

  if (portal === undefined || issues.some((i) => i.severity === 'error')) return { issues, acknowledged, ...(sealIssues ? { sealIssues } : {}) };
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of Object.keys(TABLES) as TableName[]) tables[name] = lined[name].map((r) => r.row);
  const dataset: Dataset = { portal, tables: tables as Tables, content: loaded.content, translations: translations as TranslationSet, acknowledged, seals };
  if (geo.boundaries) dataset.boundaries = geo.boundaries;
  return { dataset, issues, acknowledged, ...(sealIssues ? { sealIssues } : {}) };
}
