import { describe, expect, it } from 'vitest';
import { barChart } from './bar.ts';
import { bulletChart } from './bullet.ts';
import { chainMap } from './chain-map.ts';
import { cellText, csvDataUrl, escapeXml, roundedRows, textWidth, twoLines, hashString, markFormatter, numberFormatter, safeHref, tableToCsv, withUnit, type ChartOutput } from './core.ts';
import { funnelChart } from './funnel.ts';
import { lineChart } from './line.ts';
import { locatorMap } from './locator-map.ts';
import { radarChart } from './radar.ts';
import { sparkline } from './sparkline.ts';
import { stackedBarChart } from './stacked-bar.ts';

const EVIL = '<script>alert("x")</script> & </svg>';

/** Every chart, drawn with `name` as every label and title, and `n` as a number in it. */
const charts: Record<string, (name: string, n: number) => ChartOutput> = {
  bar: (name, n) => barChart({ rows: [{ label: name, value: n, href: `/p/?q=${name}` }] }, { title: name, benchmark: 2, benchmarkLabel: name }),
  stacked: (name, n) => stackedBarChart({ keys: [{ key: 'a', label: name }], rows: [{ label: name, values: { a: n } }] }, { title: name }),
  line: (name, n) => lineChart({ series: [{ key: 'a', label: name, points: [{ x: 2023, y: 1 }, { x: 2024, y: n }] }], benchmark: { label: name, points: [{ x: 2024, y: 2 }] } }, { title: name, yLabel: name }),
  bullet: (name, n) => bulletChart({ label: name, value: n, benchmark: 2 }, { title: name }),
  radar: (name, n) => radarChart({ axes: ['a', 'b', 'c'].map((key) => ({ key, label: name, max: 10 })), series: [{ label: name, values: { a: n, b: 2, c: 3 } }] }, { title: name }),
  funnel: (name, n) => funnelChart({ stages: [{ label: name, value: 10 }, { label: name, value: n }] }, { title: name }),
  chain: (name, n) => chainMap({ segments: [{ id: 'a', label: name, stage: 'upstream', strength: 'missing', firms: n, href: `/c/${name}` }, { id: 'b', label: name, stage: 'downstream', strength: 'weak', firms: 1 }], links: [{ from: 'a', to: 'b' }] }, { title: name }),
  spark: (name, n) => sparkline({ values: [{ x: 2023, y: 1 }, { x: 2024, y: n }] }, { title: name }),
  map: (name, n) => locatorMap({ points: [{ id: 'a', label: name, lat: 28.3, lon: 109.7 + n / 100, href: `/p/${name}` }] }, { title: name }),
};

/** The same charts in English; `NaN` as `n` empties the charts that can be empty. */
const chartsEn: Record<string, (name: string, n: number) => ChartOutput> = {
  bar: (name, n) => barChart({ rows: Number.isNaN(n) ? [] : [{ label: name, value: n }, { label: 'B', value: null }] }, { title: 'T', unit: '万元', benchmark: 2, lang: 'en' }),
  stacked: (name, n) => stackedBarChart({ keys: [{ key: 'a', label: 'Part' }], rows: Number.isNaN(n) ? [] : [{ label: name, values: { a: n } }] }, { title: 'T', unit: '分', lang: 'en' }),
  line: (name, n) => lineChart({ series: [{ key: 'a', label: name, points: [{ x: 2023, y: 1 }, { x: 2024, y: Number.isNaN(n) ? null : n }] }] }, { title: 'T', unit: '万元/亩', lang: 'en' }),
  bullet: (name, n) => bulletChart({ label: name, value: Number.isNaN(n) ? null : n, benchmark: Number.isNaN(n) ? null : 2 }, { title: 'T', unit: '%', lang: 'en' }),
  radar: (name, n) => radarChart({ axes: ['a', 'b', 'c'].map((key) => ({ key, label: `${name} ${key}`, max: 10 })), series: Number.isNaN(n) ? [] : [{ label: name, values: { a: n, b: null, c: 3 } }] }, { title: 'T', unit: '分', lang: 'en' }),
  funnel: (name, n) => funnelChart({ stages: Number.isNaN(n) ? [] : [{ label: name, value: 10 }, { label: 'Next', value: n }] }, { title: 'T', unit: '个', lang: 'en' }),
  chain: (name, n) => chainMap({ segments: Number.isNaN(n) ? [] : [{ id: 'a', label: name, stage: 'upstream', strength: 'missing', firms: n }, { id: 'b', label: 'B', stage: 'downstream', strength: 'weak', firms: 1 }], links: [{ from: 'a', to: 'b' }] }, { title: 'T', lang: 'en' }),
  spark: (_name, n) => sparkline({ values: [{ x: 2023, y: 1 }, { x: 2024, y: Number.isNaN(n) ? null : n }] }, { title: 'T', unit: '亩', lang: 'en' }),
  map: (name, n) => locatorMap({ points: Number.isNaN(n) ? [] : [{ id: 'a', label: name, lat: 28.3, lon: 109.7 }, { id: 'b', label: 'B', lat: -28.3, lon: -109.7 }] }, { title: 'T', lang: 'en' }),
};

function ids(svg: string): string[] {
  return [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('escapeXml', () => {
  it('escapeXml(label with script, quotes, & and </svg>) escapes all of them', () => {
    expect(escapeXml(EVIL)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/svg&gt;');
  });
  it('escapeXml(text with control characters) drops what XML forbids', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe.each(Object.entries(charts))('%s chart', (_kind, draw) => {
  it('shows a hostile label only escaped', () => {
    const { svg } = draw(EVIL, 5);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"x"');
    expect(svg.indexOf('</svg>')).toBe(svg.length - '</svg>'.length);
    expect(svg).toContain('&lt;script&gt;');
  });

  it('gives byte-identical output for the same input', () => {
    expect(draw('甲', 5).svg).toBe(draw('甲', 5).svg);
  });

  it('derives different ids from different data', () => {
    expect(ids(draw('甲', 5).svg)[0]).not.toBe(ids(draw('甲', 6).svg)[0]);
    expect(ids(draw('甲', 5).svg)[0]).not.toBe(ids(draw('乙', 5).svg)[0]);
  });

  it('points aria-labelledby at its own title and desc', () => {
    const { svg, title, desc } = draw('甲', 5);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
    expect(labelledBy).toHaveLength(2);
    expect(svg).toContain(`<title id="${labelledBy[0]}">${escapeXml(title)}</title>`);
    expect(svg).toContain(`<desc id="${labelledBy[1]}">${escapeXml(desc)}</desc>`);
    // A chart is one image to assistive technology, unless its marks are links: then a named group,
    // because role="img" would hide the links (axe: nested-interactive).
    const role = svg.includes('<a ') ? 'group' : 'img';
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \\d+ \\d+" role="${role}" `));
    expect(svg).not.toMatch(/<svg[^>]* width="/);
  });

  it('keeps every id unique within the chart', () => {
    const all = ids(draw('甲', 5).svg);
    expect(new Set(all).size).toBe(all.length);
  });

  it('never writes NaN, undefined or Infinity', () => {
    expect(draw('甲', 5).svg).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('hashString', () => {
  it('hashString("湘西") is the same on every run and machine', () => {
    expect(hashString('湘西')).toBe(hashString('湘西'));
    expect(hashString('湘西')).toBe('1fvudoyj4ag');
    expect(hashString('湘西')).not.toBe(hashString('湘东'));
  });
});

describe('numberFormatter', () => {
  it('numberFormatter({unit: "万元"}) switches to 亿元 from 10,000 万元', () => {
    const f = numberFormatter({ unit: '万元' });
    expect(f(1234.56)).toBe('1,234.6 万元');
    expect(f(123456)).toBe('12.35 亿元');
  });
  it('numberFormatter({unit: "%"}) puts % right after the number; {unit: "亩"} after a space', () => {
    expect(numberFormatter({ unit: '%' })(12.34)).toBe('12.3%');
    expect(numberFormatter({ unit: '亩' })(7500)).toBe('7,500 亩');
  });
  it('numberFormatter({format}) uses the function; null is —', () => {
    const f = numberFormatter({ format: (n) => `${n}!` });
    expect(f(3)).toBe('3!');
    expect(f(null)).toBe('—');
  });
});

describe('safeHref', () => {
  it('safeHref keeps relative, http(s) and mailto links and drops script URLs', () => {
    expect(safeHref('/parks/a/')).toBe('/parks/a/');
    expect(safeHref('https://example.org')).toBe('https://example.org');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('')).toBeNull();
  });
});

describe('tableToCsv', () => {
  it('tableToCsv quotes commas, quotes and newlines (RFC 4180), blanks null, ends lines with \\n', () => {
    const csv = tableToCsv({
      columns: ['名称', '数值（万元）'],
      rows: [
        ['甲,乙', 1234.5],
        ['say "hi"', null],
        ['two\nlines', 0],
      ],
    });
    expect(csv).toBe('名称,数值（万元）\n"甲,乙",1234.5\n"say ""hi""",\n"two\nlines",0\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('cellText', () => {
  it('cellText groups digits without rounding to 2 places, keeps years plain, shows — for null', () => {
    expect(cellText(1234.5678, '数值（万元）')).toBe('1,234.5678');
    expect(cellText(2024, '年份')).toBe('2024');
    expect(cellText(null, '数值')).toBe('—');
    expect(cellText('甲', '名称')).toBe('甲');
  });
});

describe('numberFormatter({lang: "en"})', () => {
  it('numberFormatter({unit: "万元", lang: "en"}) writes CNY amounts; 万元/亩 CNY per mu; 亩 with hectares', () => {
    expect(numberFormatter({ unit: '万元', lang: 'en' })(1234.56)).toBe('CNY 12.35 million');
    expect(numberFormatter({ unit: '万元', lang: 'en' })(123456)).toBe('CNY 1.23 billion');
    expect(numberFormatter({ unit: '万元/亩', lang: 'en' })(30.5)).toBe('CNY 305,000 per mu');
    expect(numberFormatter({ unit: '亩', lang: 'en' })(7500)).toBe('7,500 mu (500 ha)');
  });
  it('numberFormatter({unit: "%" | "分" | "个", lang: "en"}) keeps %, names 分 points, leaves 个 bare; null is —', () => {
    expect(numberFormatter({ unit: '%', lang: 'en' })(12.34)).toBe('12.3%');
    expect(numberFormatter({ unit: '分', lang: 'en' })(18.5)).toBe('18.5 points');
    expect(numberFormatter({ unit: '个', lang: 'en' })(1234)).toBe('1,234');
    expect(numberFormatter({ unit: 'km', lang: 'en' })(3)).toBe('3 km');
    expect(numberFormatter({ unit: '万元', lang: 'en' })(null)).toBe('—');
  });
  it('markFormatter({unit: "分", lang: "en"}) leaves the word unit out; Chinese keeps 分', () => {
    expect(markFormatter({ unit: '分', lang: 'en' })(18)).toBe('18');
    expect(markFormatter({ unit: '万元', lang: 'en' })(250)).toBe('CNY 2.5 million');
    expect(markFormatter({ unit: '分' })(18)).toBe('18 分');
  });
  it('withUnit(name, unit, "en") names the unit in English: Value (CNY 10,000)', () => {
    expect(withUnit('Value', '万元', 'en')).toBe('Value (CNY 10,000)');
    expect(withUnit('数值', '万元')).toBe('数值（万元）');
    expect(withUnit('Value', undefined, 'en')).toBe('Value');
  });
  it('cellText(2024, "Year") keeps the year plain', () => {
    expect(cellText(2024, 'Year')).toBe('2024');
  });
});

describe.each(Object.entries(chartsEn))('%s chart in English', (_kind, draw) => {
  const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

  it('writes no Chinese (nor full-width punctuation) anywhere when the data are in English', () => {
    for (const out of [draw('Alpha', 5), draw('Alpha', NaN)]) {
      expect(out.svg).not.toMatch(CJK);
      expect(out.desc).not.toMatch(CJK);
      expect(out.table.columns.join(' ')).not.toMatch(CJK);
      expect(JSON.stringify(out.table.rows)).not.toMatch(CJK);
      expect(out.svg).not.toContain('lang="zh-CN"');
    }
  });

  it('marks a label that stays Chinese (a name with no English) lang="zh-CN"', () => {
    const { svg } = draw('甲园区', 5);
    for (const m of svg.matchAll(/<(text|title|desc)\b([^>]*)>([^<]*)/g)) {
      if (CJK.test(m[3] ?? '')) expect(m[2], m[0]).toContain('lang="zh-CN"');
    }
  });
});

describe('roundedRows', () => {
  it('roundedRows({digits: 2}) rounds 24.840979 → 24.84 and 0.125 → 0.13 (half up), leaving text and null', () => {
    expect(roundedRows({ columns: ['a', 'b', 'c', 'd'], rows: [['甲', 24.840979, 0.125, null]], digits: 2 })).toEqual([['甲', 24.84, 0.13, null]]);
  });
  it('roundedRows(no digits) keeps 4 decimals: 0.72345 → 0.7235', () => {
    expect(roundedRows({ columns: ['a'], rows: [[0.72345]] })).toEqual([[0.7235]]);
  });
  it('tableToCsv rounds as the chart shows: 131.650153 with digits 2 → "131.65"', () => {
    expect(tableToCsv({ columns: ['名称', '合计'], rows: [['吉首高新区', 131.650153]], digits: 2 })).toBe('名称,合计\n吉首高新区,131.65\n');
  });
});

describe('twoLines', () => {
  it('twoLines("strong innovation platforms", 140) splits at the space nearest the middle', () => {
    expect(twoLines('strong innovation platforms', 140)).toEqual(['strong innovation', 'platforms']);
  });
  it('twoLines("规划定位好", 200) stays one line when it fits', () => {
    expect(twoLines('规划定位好', 200)).toEqual(['规划定位好']);
  });
});

describe('csvDataUrl', () => {
  const csv = '年份,云岭1号园（万元/亩）,"a ""b"" c#%<>[\\]^`{|}"\n2022,,65.9266\n';

  it('gives back exactly the CSV, after the BOM, when a browser reads the link (fetch follows the URL standard)', async () => {
    const bytes = new Uint8Array(await (await fetch(csvDataUrl(csv))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(csv);
  });

  it('keeps Chinese as it is and encodes only what a URL may not hold', () => {
    const url = csvDataUrl(csv);
    expect(url).toContain('年份,云岭1号园（万元/亩）,');
    expect(url).toContain('%0A2022,,65.9266%0A');
    expect(url).toContain('%22a%20%22%22b%22%22%20c%23%25%3C%3E%5B%5C%5D%5E%60%7B%7C%7D%22');
    // 年 as %E5%B9%B4 would be nine bytes where the character takes three.
    const chinese = '年份,云岭1号园（万元/亩）\n2022,65.9\n';
    expect(Buffer.byteLength(csvDataUrl(chinese))).toBe(Buffer.byteLength('data:text/csv;charset=utf-8,%EF%BB%BF' + chinese) + 2 * 2);
  });
});

describe('textWidth', () => {
  it('counts CJK as 1em, spaces and dots 0.3em, capitals, % and @ 0.7em, other Latin and digits 0.58em', () => {
    // 湘 西 ␠ A . 1 %  → 1 + 1 + 0.3 + 0.7 + 0.3 + 0.58 + 0.7
    expect(textWidth('湘西 A.1%', 10)).toBeCloseTo(45.8, 9);
  });

  it('counts a character beyond the BMP once, as wide as a CJK one', () => {
    expect(textWidth('𠀀a', 10)).toBeCloseTo(15.8, 9);
  });
});
