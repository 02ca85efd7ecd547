/**
 * The engine against the sample's seals: every sealed year of data/ must come out of today's engine
 * byte for byte as it was sealed, so a change to the method's code that alters a published result
 * cannot pass unnoticed. Also the comparison of two versions of a year's table, and the sample's
 * published correction.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset.ts';
import { SAMPLE } from '../../../tests/helpers/fixture.ts';
import { latestSeal } from './guard.ts';
import { correctionRecords } from './corrections.ts';
import { evaluateReleases, parkYearInputs } from './portal.ts';
import { compareSeals, parseSeal, sealText, sha256Hex } from './seal.ts';
import { setCsvCells } from './seal-write.ts';

const sample = loadDataset(SAMPLE).dataset!;

describe('the sample’s seals', () => {
  it('seal every final year (2022–2024), the sample passing the check', () => {
    expect([...sample.seals.keys()].sort()).toEqual([2022, 2023, 2024]);
    expect(sample.tables.scoringReleases.filter((r) => r.status === 'final').map((r) => r.year)).toEqual([2022, 2023, 2024]);
  });

  for (const year of [2022, 2023, 2024]) {
    it(`evaluateReleases reproduces the latest seal of ${year} byte for byte`, () => {
      const t = sample.tables;
      const names = new Map(t.parks.map((p) => [p.id, p.name_zh]));
      const e = evaluateReleases(t).find((x) => x.year === year)!;
      const seal = latestSeal(sample.seals.get(year)!);
      expect(sealText(e, parkYearInputs(t), (id) => names.get(id)!)).toBe(seal.text);
    });
  }

  it('records each seal’s SHA-256 beside it (releases.csv for originals, corrections.csv for corrections)', () => {
    for (const s of sample.seals.values()) {
      expect(sample.tables.scoringReleases.find((r) => r.year === s.year)!.seal_sha256).toBe(sha256Hex(s.original.text));
      for (const c of s.corrections) expect(c.correction.seal_sha256).toBe(sha256Hex(c.seal.text));
    }
  });

  it('publishes one correction: 2023, Huayuan’s tax cut by 4000 万元, moving it below Baojing and out of grade C', () => {
    const [r, ...rest] = correctionRecords(sample.seals);
    expect(rest).toEqual([]);
    expect([r!.year, r!.n, r!.correction.corrected_on, r!.before.path, r!.after.path]).toEqual([2023, 1, '2024-09-20', 'scoring/seals/2023.csv', 'scoring/seals/2023.corrected-1.csv']);
    const tax = (text: string) => parseSeal(text).find((x) => x.park_id === 'huayuan-econ')!.cells['tax_wan'];
    expect([tax(r!.before.text), tax(r!.after.text)]).toEqual(['25221', '21221']);
    const moved = (id: string) => r!.changes.find((c) => c.park_id === id)!;
    // Less tax: a lower total, below Baojing (6th → 7th) and below the 70 points of grade C.
    expect([moved('huayuan-econ').before!.rank, moved('huayuan-econ').before!.grade, moved('huayuan-econ').after!.rank, moved('huayuan-econ').after!.grade]).toEqual(['6', 'C', '7', 'D']);
    expect([moved('baojing-industrial').before!.rank, moved('baojing-industrial').after!.rank]).toEqual(['7', '6']);
    // The top two keep their capped tax score and their totals: they are not in the table.
    expect(r!.changes.map((c) => c.park_id)).not.toContain('jishou-hitech');
  });
});

describe('compareSeals(older, newer)', () => {
  const csv = (rows: string[]) => `\uFEFFyear,rank,rank_change,park_id,park_name_zh,grade,status,reason_zh,tax_wan,tax_per_mu_weight,total\n${rows.join('\n')}\n`;
  it('names the parks whose standing changed and the inputs and settings that differ, not names or rank changes', () => {
    const a = parseSeal(csv(['2024,1,new,a,甲,A,graded,,100,30,110.5', '2024,2,new,b,乙,B,graded,,80,30,95']));
    const b = parseSeal(csv(['2024,1,2,b,乙园,A,graded,,120,30,111', '2024,2,-1,a,甲,B,graded,,100,30,100']));
    const cmp = compareSeals(a, b);
    expect(cmp.parks.map((p) => `${p.park_id} ${p.before!.rank}${p.before!.grade} ${p.before!.total} → ${p.after!.rank}${p.after!.grade} ${p.after!.total}`)).toEqual(['b 2B 95 → 1A 111', 'a 1A 110.5 → 2B 100']);
    expect(cmp.causes).toEqual([{ park_id: 'b', column: 'tax_wan', before: '80', after: '120' }]);
  });
  it('a park only in one version is not listed on the other side', () => {
    const cmp = compareSeals(parseSeal(csv(['2024,1,new,a,甲,A,graded,,100,30,110'])), parseSeal(csv(['2024,1,new,a,甲,A,graded,,100,30,110', '2024,,,c,丙,,exempt,停产,,30,'])));
    expect(cmp.parks).toEqual([{ park_id: 'c', name: '丙', before: null, after: { status: 'exempt', rank: '', grade: '', total: '' } }]);
    expect(cmp.differs).toBe(true);
  });
});

describe('setCsvCells(text, line, values)', () => {
  it('sets cells of one row, adds missing columns at the end, keeps quoting, CRLF and the BOM', () => {
    const text = '\uFEFFyear,note\r\n2023,"a, b"\r\n2024,c\r\n';
    expect(setCsvCells(text, 3, { note: 'd', seal_sha256: 'x' })).toBe('\uFEFFyear,note,seal_sha256\r\n2023,"a, b",\r\n2024,d,x\r\n');
  });
});
