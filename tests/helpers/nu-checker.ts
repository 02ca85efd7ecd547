/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` npm package) run on Java over a whole built
 * folder in one invocation, and the few messages it gives on a local copy that are known to be false.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const JAVA_HINT = 'No Java found for the W3C Nu HTML Checker: on Debian/Ubuntu run `sudo apt-get install -y default-jre-headless` (.ci/run does this itself), or put a Java 11+ `java` on PATH.';

/** One message of `vnu.jar --format json`. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'fatal' | 'warning' | 'io' | 'schema' | 'internal';
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

export interface NuRun {
  version: string;
  /** Pages the checker read, relative to the folder, e.g. `parks/index.html`. */
  checked: string[];
  messages: NuMessage[];
}

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
}

/** `java -jar vnu.jar --skip-non-html --format json --verbose <dir>`: every .html file under dir. */
export function runNuChecker(dir: string): NuRun {
  if (!hasJava()) throw new Error(JAVA_HINT);
  const r = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--format', 'json', '--verbose', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // The JSON report goes to stderr; with --verbose, stdout lists each file as it is checked.
  const report = JSON.parse(r.stderr) as { version: string; messages: NuMessage[] };
  const checked = r.stdout.split('\n').filter(Boolean).map((f) => relative(dir, f).split('\\').join('/')).sort();
  // --verbose also notes each non-HTML file it skipped (CSS, JS, CSV…): not a finding about a page.
  const skipped = (m: NuMessage) => m.message.startsWith('File was not checked.') && !/\.html$/.test(m.url);
  return { version: report.version, checked, messages: report.messages.filter((m) => !skipped(m)) };
}

/** A message as one readable line: page, line:column, kind, text. */
export function describe(dir: string, m: NuMessage): string {
  const page = m.url.startsWith('file:') ? relative(dir, fileURLToPath(m.url)) : m.url;
  return `${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.type}${m.subType ? '/' + m.subType : ''}: ${m.message}`;
}

/** The start tag a message points at, read from the page itself (lastLine, firstColumn…lastColumn). */
function flaggedMarkup(m: NuMessage): string {
  if (!m.url.startsWith('file:') || m.lastLine === undefined || m.lastColumn === undefined) return '';
  const line = readFileSync(fileURLToPath(m.url), 'utf8').split('\n')[m.lastLine - 1] ?? '';
  return line.slice((m.firstColumn ?? m.lastColumn) - 1, m.lastColumn);
}

/**
 * Messages that are false on a copy checked from disk, each with why. The README (Tests → "W3C Nu
 * HTML Checker") lists the same. Everything else the checker says fails the test.
 */
export const KNOWN_FALSE_POSITIVES: { id: string; why: string; matches: (m: NuMessage) => boolean }[] = [
  {
    id: 'csp-file-url',
    why: "The checker applies the page's Content-Security-Policy to its own file: URL, whose origin is opaque, so the site's own stylesheets and scripts (/_astro/…) do not count as 'self'. Served over HTTP they do (the Chromium tests load every page with the same policy and see no blocked request).",
    matches: (m) => m.type === 'info' && m.subType === 'warning' && /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/([^”\/]+\/)*_astro\/[^”]+” blocked by “(style|script)-src” directive\.$/.test(m.message),
  },
  {
    id: 'csp-data-block',
    why: 'The checker counts a JSON data block (<script type="application/json"> for the what-if, <script type="application/ld+json"> for structured data) as an inline script. Browsers never run data blocks, so script-src does not apply to them.',
    matches: (m) => m.type === 'info' && m.subType === 'warning' && m.message.startsWith('Inline script violates Content Security Policy (meta tag)') && /^<script\b[^>]*\stype="application\/(ld\+)?json"/.test(flaggedMarkup(m)),
  },
];

/** Messages not explained by KNOWN_FALSE_POSITIVES: errors, warnings and notes alike. */
export function unexplained(messages: NuMessage[]): NuMessage[] {
  return messages.filter((m) => !KNOWN_FALSE_POSITIVES.some((k) => k.matches(m)));
}
