/**
 * Property-based robustness (fast-check): whatever happens to a CSV file — stray or GBK-like bytes,
 * odd cells, rows duplicated, dropped or cut off, a BOM, CRLF, UTF-16 — loading the data returns a
 * report and never throws. The report is consistent: a dataset exactly when there is no error, and
 * every issue printable. Runs are bounded so the test takes seconds.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFixture, SAMPLE } from '../../../tests/helpers/fixture.ts';
import { loadDataset } from './dataset.ts';
import { formatReport, reportJson } from './report.ts';

type Mutation = (bytes: Uint8Array) => Uint8Array;

const enc = new TextEncoder();
const dec = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(b);
const splice = (b: Uint8Array, at: number, remove: number, insert: Uint8Array) => {
  const i = Math.min(at, b.length);
  return new Uint8Array([...b.subarray(0, i), ...insert, ...b.subarray(Math.min(i + remove, b.length))]);
};
/** Position as a fraction of the file, so one arbitrary fits every file length. */
const pos = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const at = (b: Uint8Array, p: number) => Math.floor(p * (b.length + 1));

/** Two-byte sequences as GBK encodes Chinese (lead 0x81–0xFE, trail 0x40–0xFE): rarely valid UTF-8. */
const gbkLike = fc.array(fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x40, max: 0xfe })), { minLength: 1, maxLength: 6 }).map((pairs) => new Uint8Array(pairs.flat()));

/** Cell values staff really type, and worse. */
const nastyCell = fc.oneof(
  fc.constantFrom('', ' ', '"', '""', '"a,b"', '1,234', '１２３４', '约100', '100万元', '12%', '-0', '-1', '0', '1e309', 'NaN', 'Infinity', '2025年', '2025-02-30', '0x10', ' 42 ', 'null', ';', 'a;;b', '北岭', '\u00a0', '\u200b', '=SUM(A1)', 'x'.repeat(5000)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.double().map(String),
  fc.integer().map(String),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // bytes
  fc.tuple(pos, fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([p, ins]): Mutation => (b) => splice(b, at(b, p), 0, ins)),
  fc.tuple(pos, gbkLike).map(([p, ins]): Mutation => (b) => splice(b, at(b, p), 0, ins)),
  fc.tuple(pos, fc.integer({ min: 1, max: 40 })).map(([p, n]): Mutation => (b) => splice(b, at(b, p), n, new Uint8Array())),
  pos.map((p): Mutation => (b) => b.subarray(0, at(b, p))),
  // cells
  fc.tuple(pos, pos, nastyCell).map(([pl, pc, v]): Mutation => (b) => {
    const lines = dec(b).split('\n');
    const li = Math.floor(pl * lines.length);
    const cells = lines[li]!.split(',');
    cells[Math.floor(pc * cells.length)] = v;
    lines[li] = cells.join(',');
    return enc.encode(lines.join('\n'));
  }),
  // rows
  fc.tuple(pos, fc.constantFrom('duplicate', 'drop', 'blank', 'swap-with-header', 'extra-comma', 'unclosed-quote')).map(([p, what]): Mutation => (b) => {
    const lines = dec(b).split('\n');
    const i = Math.floor(p * lines.length);
    const line = lines[i]!;
    if (what === 'duplicate') lines.splice(i, 0, line);
    else if (what === 'drop') lines.splice(i, 1);
    else if (what === 'blank') lines.splice(i, 0, '');
    else if (what === 'swap-with-header') [lines[0], lines[i]] = [line, lines[0]!];
    else if (what === 'extra-comma') lines[i] = `${line},`;
    else lines[i] = `"${line}`;
    return enc.encode(lines.join('\n'));
  }),
  // encodings
  fc.constantFrom<Mutation>(
    (b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]),
    (b) => new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...b]),
    (b) => enc.encode(dec(b).replace(/\n/g, '\r\n')),
    (b) => enc.encode(dec(b).replace(/\n/g, '\r')),
    (b) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...dec(b)].map((c) => c.charCodeAt(0))).buffer)]),
    (b) => enc.encode(dec(b).normalize('NFKC')),
  ),
);

function csvFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.csv')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

function property(runs: number, source?: { dataDir: string; contentDir: string }) {
  const f = copyFixture(source);
  const files = csvFiles(f.dataDir);
  const originals = new Map(files.map((file) => [file, readFileSync(join(f.dataDir, file))]));
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
      const path = join(f.dataDir, file);
      try {
        writeFileSync(path, mutations.reduce<Uint8Array>((b, m) => m(b), originals.get(file)!));
        const r = loadDataset(f, f.root);
        expect(Array.isArray(r.issues)).toBe(true);
        const errors = r.issues.filter((i) => i.severity === 'error').length;
        expect(r.dataset === undefined).toBe(errors > 0);
        for (const i of r.issues) {
          expect(typeof i.file).toBe('string');
          expect(typeof i.message.zh).toBe('string');
          expect(typeof i.message.en).toBe('string');
          // A message built from a missing piece says so plainly; none may leak a placeholder.
          expect(`${i.message.zh} ${i.message.en} ${i.hint?.zh ?? ''} ${i.hint?.en ?? ''}`.split(i.value || '\u0000').join(''), i.rule).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
        }
        expect(typeof formatReport(r.issues)).toBe('string');
        expect(typeof reportJson(r.issues)).toBe('string');
      } finally {
        writeFileSync(path, originals.get(file)!);
      }
    }),
    // A fixed seed keeps CI reproducible; FC_SEED=… explores other cases locally.
    { numRuns: runs, seed: Number(process.env['FC_SEED']) || 20261127 },
  );
}

describe('loadDataset over randomly damaged CSV files', () => {
  it('the second region: always a report, never a throw (200 runs)', () => {
    property(200);
  }, 60_000);
  it('the 湘西州 sample: always a report, never a throw (60 runs)', () => {
    property(60, SAMPLE);
  }, 60_000);
});
