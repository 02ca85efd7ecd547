/**
 * The programme tables grouped once per build: each chain's work files.
 */
import { getSite } from './portal.ts';
import { groupBy } from './indexes.ts';
import type { ChainDocument } from '../lib/data/tables.ts';

export interface Programme {
  documentsByChain: Map<string, ChainDocument[]>;
}

let cached: Programme | undefined;

export function getProgramme(): Programme {
  if (cached) return cached;
  const t = getSite().tables;
  cached = {
    documentsByChain: groupBy(t.chainDocuments, (d) => d.chain_id),
  };
  return cached;
}
