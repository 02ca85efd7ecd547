/**
 * Loading the whole portal: every table, portal.json and the MDX frontmatter, each checked, then
 * checked against each other. One call, every problem at once. Used by `npm run check`, the Astro
 * build and the tests alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { parseCsvBytes } from './csv.ts';
import { hint, type DataIssue } from './issues.ts';
import { parsePortal, type Portal } from './portal.ts';
import { readTable, type TableDef, type TableRow, type Columns, type RowOf } from './table.ts';
import { TABLES, type Row, type TableName } from './tables.ts';
import { COLLECTIONS, readCollection, type CollectionName, type ContentSet, type TranslationSet } from './content.ts';
import { crossCheck } from './crosscheck.ts';
import { programmeCheck } from './programme-check.ts';
import { evaluationIssues } from './evaluation-check.ts';
import { plausibilityCheck } from './plausibility-check.ts';
import type { AcknowledgedWarning } from './acknowledgements.ts';
import { readBoundaries } from './geo.ts';
import type { FeatureCollection } from 'geojson';

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
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

type LoadedTable<R> = { rows: TableRow<R>[]; rawIds: Set<string>; columnIndex: Map<string, number> };

function loadTable<C extends Columns>(def: TableDef<C>, dataDir: string, shown: string, issues: DataIssue[]): LoadedTable<RowOf<C>> {
  const path = join(dataDir, def.file);
  if (!existsSync(path)) {
    if (def.optional) return { rows: [], rawIds: new Set(), columnIndex: new Map() };
    const header = Object.entries(def.columns).filter(([, c]) => c.inHeader).map(([n]) => n).join(',');
    issues.push({ severity: 'error', file: shown, rule: 'file.missing', message: { zh: `缺少文件 ${def.file}（${def.zh}）。`, en: `The file ${def.file} (${def.en}) is missing.` }, hint: hint(`新建这个文件，第一行写表头：${header}`, `Create it with this header row: ${header}`) });
    return { rows: [], rawIds: new Set(), columnIndex: new Map() };
  }
  const parsed = parseCsvBytes(readFileSync(path), shown);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return { rows: [], rawIds: new Set(), columnIndex: new Map() };
  }
  const read = readTable(def, parsed.table, shown);
  issues.push(...read.issues);
  return { rows: read.rows, rawIds: read.rawIds, columnIndex: read.columnIndex };
}

/** Reads and checks everything; the dataset is returned only when no error was found. */
export function loadDataset(dirs: PortalDirs, cwd: string = process.cwd()): LoadResult {
  const issues: DataIssue[] = [];
  const dataShown = display(dirs.dataDir, cwd);
  const contentShown = display(dirs.contentDir, cwd);

  const portalPath = join(dirs.dataDir, 'portal.json');
  let portal: Portal | undefined;
  if (!existsSync(portalPath)) {
    issues.push({ severity: 'error', file: `${dataShown}/portal.json`, rule: 'file.missing', message: { zh: '缺少 portal.json（平台名称、截至日期、许可等）。', en: 'portal.json (portal name, as-of date, licence…) is missing.' }, hint: hint('参照 data/README.md 新建。', 'Create it as data/README.md describes.') });
  } else {
    const r = parsePortal(readFileSync(portalPath, 'utf8'), `${dataShown}/portal.json`);
    issues.push(...r.issues);
    portal = r.portal;
  }

  const lined = {} as Record<TableName, TableRow<unknown>[]>;
  const rawIds = {} as Record<TableName, Set<string>>;
  const files = {} as Record<TableName, string>;
  const columnIndex = {} as Record<TableName, Map<string, number>>;
  for (const [name, def] of Object.entries(TABLES) as unknown as [TableName, TableDef][]) {
    files[name] = `${dataShown}/${def.file}`;
    const r = loadTable(def, dirs.dataDir, files[name], issues);
    lined[name] = r.rows;
    rawIds[name] = r.rawIds;
    columnIndex[name] = r.columnIndex;
  }

  const content = {} as Record<CollectionName, unknown[]>;
  const contentIds = {} as Record<CollectionName, Set<string>>;
  const translations = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const r = readCollection(name, dirs.contentDir, contentShown);
    issues.push(...r.issues);
    content[name] = r.entries;
    contentIds[name] = r.ids;
    const en = readCollection(name, dirs.contentDir, contentShown, true);
    issues.push(...en.issues);
    translations[name] = en.entries;
    for (const e of en.entries) {
      if (!r.ids.has(e.id)) issues.push({ severity: 'error', file: e.file, rule: 'content.translation-without-original', value: e.id, message: { zh: `英文版 ${e.id}.en.mdx 没有对应的中文原文 ${e.id}.mdx。`, en: `The English version ${e.id}.en.mdx has no Chinese original ${e.id}.mdx.` }, hint: { zh: '文件名应为原文文件名加 .en，例如 luxi-hitech.en.mdx。', en: 'Name it after the original plus .en, e.g. luxi-hitech.en.mdx.' } });
    }
  }

  const geo = readBoundaries(dirs.dataDir, dataShown);
  issues.push(...geo.issues);

  const loaded: Loaded = {
    portal,
    lined: lined as LinedTables,
    rawIds: rawIds as Loaded['rawIds'],
    files: files as Loaded['files'],
    columnIndex: columnIndex as Loaded['columnIndex'],
    content: content as ContentSet,
    contentIds,
    contentDisplayDir: contentShown,
  };
  issues.push(...crossCheck(loaded));
  const publicDir = dirs.publicDir === undefined ? join(cwd, 'public') : dirs.publicDir;
  issues.push(...programmeCheck(loaded, publicDir === null ? null : { dir: publicDir, shown: display(publicDir, cwd) }));
  // The evaluation only runs on data that passed every other check.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...evaluationIssues(loaded));
  // So do the plausibility warnings: they compare figures, which must first be figures.
  let acknowledged: AcknowledgedWarning[] = [];
  if (!issues.some((i) => i.severity === 'error')) {
    const p = plausibilityCheck(loaded);
    issues.push(...p.issues);
    acknowledged = p.acknowledged;
  }

  if (portal === undefined || issues.some((i) => i.severity === 'error')) return { issues, acknowledged };
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of Object.keys(TABLES) as TableName[]) tables[name] = lined[name].map((r) => r.row);
  const dataset: Dataset = { portal, tables: tables as Tables, content: loaded.content, translations: translations as TranslationSet, acknowledged };
  if (geo.boundaries) dataset.boundaries = geo.boundaries;
  return { dataset, issues, acknowledged };
}
