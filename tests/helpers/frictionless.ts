/**
 * The published Frictionless profile's rules, applied to a data package with Ajv (JSON Schema
 * draft-04, as the profile is written).
 *
 * frictionless-py (the reference validator) is Python and cannot be installed on these machines, so
 * the tests apply the rules it applies, from the profile itself:
 * `tests/fixtures/frictionless/tabular-data-package.json` is the Tabular Data Package profile (v1)
 * exactly as the npm package `datapackage@1.1.10` (frictionlessdata's datapackage-js) ships it in
 * `src/profiles/` (MIT licence). It embeds the Data Resource, Table Schema and CSV Dialect profiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './fixture.ts';

type Json = Record<string, unknown>;
type Descriptor = Json & { resources: (Json & { schema: { fields: Json[] } })[] };

export const PROFILE_FILE = join(ROOT, 'tests', 'fixtures', 'frictionless', 'tabular-data-package.json');
const profile = JSON.parse(readFileSync(PROFILE_FILE, 'utf8')) as Json;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// The profile marks long descriptions with format "textarea", a hint for editors, not a rule.
ajv.addFormat('textarea', true);
const validate = ajv.compile(profile);

/**
 * v2 names the profile in `$schema` and a resource's kind in `type: "table"`; v1's profile asks for
 * `profile: "tabular-data-package"` / `"tabular-data-resource"` instead. Apply v1's rules to the v2
 * descriptor by setting those, and nothing else.
 */
function asV1(pkg: Descriptor): Descriptor {
  return { ...pkg, profile: 'tabular-data-package', resources: pkg.resources.map((r) => ({ ...r, profile: r['type'] === 'table' ? 'tabular-data-resource' : r['type'] })) };
}

/** JSON Schema errors of the descriptor under the Tabular Data Package profile, one line each. */
export function profileErrors(pkg: Descriptor): string[] {
  if (validate(asV1(pkg))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'allowedValues' in e.params ? ` (${(e.params['allowedValues'] as unknown[]).join(', ')})` : ''}`);
}

/** The profile's branch for one Table Schema field type (each type lists its own properties and constraints). */
function fieldBranches(): Map<string, { properties: Set<string>; constraints: Set<string> }> {
  const resources = (profile['properties'] as Json)['resources'] as Json;
  const schema = ((resources['items'] as Json)['properties'] as Json)['schema'] as Json;
  const fields = (schema['properties'] as Json)['fields'] as Json;
  const anyOf = (fields['items'] as Json)['anyOf'] as Json[];
  const out = new Map<string, { properties: Set<string>; constraints: Set<string> }>();
  for (const b of anyOf) {
    const props = b['properties'] as Json;
    const type = ((props['type'] as Json)['enum'] as string[])[0]!;
    out.set(type, { properties: new Set(Object.keys(props)), constraints: new Set(Object.keys(((props['constraints'] as Json | undefined)?.['properties'] as Json | undefined) ?? {})) });
  }
  return out;
}

/**
 * Properties and constraints a field uses that the profile does not define for its type. The JSON
 * Schema lets unknown keys through, but frictionless-py refuses a constraint its field type does not
 * support (e.g. `exclusiveMinimum`, or `pattern` on a date): this applies the same per-type lists.
 */
export function unsupportedFieldKeys(pkg: Descriptor): string[] {
  const branches = fieldBranches();
  const out: string[] = [];
  for (const r of pkg.resources) {
    for (const f of r.schema.fields) {
      const where = `${String(r['name'])}.${String(f['name'])}`;
      const b = branches.get(String(f['type'] ?? 'string'));
      if (!b) {
        out.push(`${where}: type "${String(f['type'])}" is not a Table Schema type (${[...branches.keys()].join(', ')})`);
        continue;
      }
      for (const k of Object.keys(f)) if (!b.properties.has(k)) out.push(`${where}: property "${k}" is not defined for type ${String(f['type'])}`);
      for (const k of Object.keys((f['constraints'] as Json | undefined) ?? {})) if (!b.constraints.has(k)) out.push(`${where}: constraint "${k}" is not supported for type ${String(f['type'])} (${[...b.constraints].join(', ')})`);
    }
  }
  return out;
}

/**
 * A resource's bytes decoded as Python (and so frictionless-py) decodes the declared encoding:
 * `utf-8-sig` drops a leading byte-order mark, `utf-8` keeps it as a character.
 */
export function decodeAsDeclared(bytes: Uint8Array, encoding: string): string {
  const e = encoding.toLowerCase().replace(/_/g, '-');
  if (e === 'utf-8-sig') return new TextDecoder('utf-8').decode(bytes);
  if (e === 'utf-8' || e === 'utf8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  throw new Error(`unexpected encoding ${encoding}`);
}
