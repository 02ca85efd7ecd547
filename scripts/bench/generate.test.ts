import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { formatReport } from '../../src/lib/data/report.ts';
import { generate, prng, writeFiles, type Spec } from './generate.ts';

const TINY: Spec = { parks: 5, years: 3, chains: 3, firms: 40, projects: 20, policies: 4, updates: 6, parksPerCounty: 2, bbox: [26, 108, 30, 114] };
const SAMPLE_DATA = join(import.meta.dirname, '..', '..', 'data');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the benchmark dataset generator', () => {
  it('writes a dataset the real checker accepts with no error and no warning', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-gen-'));
    dirs.push(root);
    const { issues, dataset } = loadDataset(writeFiles(generate(TINY, 1, SAMPLE_DATA), root), root);
    expect(issues, formatReport(issues)).toEqual([]);
    expect(dataset?.tables.parks).toHaveLength(5);
    expect(dataset?.tables.parkIndicators).toHaveLength(15);
    expect(dataset?.tables.enterprises).toHaveLength(40);
    expect(dataset?.tables.projects).toHaveLength(20);
    expect(dataset?.content.parks).toHaveLength(5);
    expect(dataset?.content.chains).toHaveLength(3);
    expect(dataset?.content.policies).toHaveLength(4);
    expect(dataset?.content.updates).toHaveLength(6);
  });

  it('passes the checker for other seeds too', () => {
    for (const seed of [2, 3, 4]) {
      const root = mkdtempSync(join(tmpdir(), 'bench-gen-'));
      dirs.push(root);
      const { issues } = loadDataset(writeFiles(generate(TINY, seed, SAMPLE_DATA), root), root);
      expect(issues.filter((i) => i.severity === 'error'), formatReport(issues)).toEqual([]);
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed other data', () => {
    const a = generate(TINY, 42, SAMPLE_DATA);
    const b = generate(TINY, 42, SAMPLE_DATA);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    const c = generate(TINY, 43, SAMPLE_DATA);
    expect(c.get('data/park_indicators.csv')).not.toBe(a.get('data/park_indicators.csv'));
  });

  it('has a PRNG that repeats itself for a seed', () => {
    const x = prng(7);
    const y = prng(7);
    const xs = Array.from({ length: 5 }, () => x.next());
    expect(Array.from({ length: 5 }, () => y.next())).toEqual(xs);
    for (const v of xs) expect(v >= 0 && v < 1).toBe(true);
  });
});
