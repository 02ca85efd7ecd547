/**
 * The programme tables grouped once per build: each chain's work files and each park's governance row.
 */
import { getSite } from './portal.ts';
import { groupBy } from './indexes.ts';
import type { ChainDocument, ParkGovernance } from '../lib/data/tables.ts';

export interface Programme {
  documentsByChain: Map<string, ChainDocument[]>;
  governanceByPark: Map<string, ParkGovernance>;
}

let cached: Programme | undefined;

export function getProgramme(): Programme {
  if (cached) return cached;
  const t = getSite().tables;
  cached = {
    documentsByChain: groupBy(t.chainDocuments, (d) => d.chain_id),
    governanceByPark: new Map(t.parkGovernance.map((g) => [g.park_id, g])),
  };
  return cached;
}
