/**
 * Every reference between tables, declared once: the cross-check verifies them and the data package
 * publishes them as foreign keys.
 */
import type { TableName } from './tables.ts';

export interface Reference {
  table: TableName;
  /** The referring column; a list column refers item by item. */
  field: string;
  /** The table referred to (its `id`), or the policies in content/policies/. */
  to: 'counties' | 'parks' | 'chains' | 'targets' | 'enterprises' | 'policies' | 'projects';
}

export const REFERENCES: readonly Reference[] = [
  { table: 'parks', field: 'county_id', to: 'counties' },
  { table: 'parks', field: 'chain_ids', to: 'chains' },
  { table: 'parkIndicators', field: 'park_id', to: 'parks' },
  { table: 'fiveGoodScores', field: 'park_id', to: 'parks' },
  { table: 'parkInfrastructure', field: 'park_id', to: 'parks' },
  { table: 'sites', field: 'park_id', to: 'parks' },
  { table: 'sites', field: 'chain_ids', to: 'chains' },
  { table: 'chains', field: 'key_park_ids', to: 'parks' },
  { table: 'chains', field: 'support_policy_id', to: 'policies' },
  { table: 'chainSegments', field: 'chain_id', to: 'chains' },
  { table: 'chainLinks', field: 'chain_id', to: 'chains' },
  { table: 'chainIndicators', field: 'chain_id', to: 'chains' },
  { table: 'enterprises', field: 'park_id', to: 'parks' },
  { table: 'enterprises', field: 'chain_id', to: 'chains' },
  { table: 'projects', field: 'park_id', to: 'parks' },
  { table: 'projects', field: 'chain_id', to: 'chains' },
  { table: 'targets', field: 'policy_id', to: 'policies' },
  { table: 'targetProgress', field: 'target_id', to: 'targets' },
  { table: 'chainDocuments', field: 'chain_id', to: 'chains' },
  { table: 'enterpriseTiers', field: 'enterprise_id', to: 'enterprises' },
  { table: 'parkGovernance', field: 'park_id', to: 'parks' },
  { table: 'projectProgress', field: 'project_id', to: 'projects' },
  { table: 'inspections', field: 'park_id', to: 'parks' },
  { table: 'inspections', field: 'chain_id', to: 'chains' },
  { table: 'inspections', field: 'project_id', to: 'projects' },
  { table: 'investmentLeads', field: 'chain_id', to: 'chains' },
  { table: 'investmentLeads', field: 'park_id', to: 'parks' },
  { table: 'investmentLeads', field: 'project_id', to: 'projects' },
  { table: 'clusters', field: 'chain_ids', to: 'chains' },
  { table: 'clusters', field: 'policy_id', to: 'policies' },
  { table: 'scoringConsequences', field: 'policy_id', to: 'policies' },
];

/** References to a segment of the same chain: (chain_id, field) → chain_segments (chain_id, id). */
export const SEGMENT_REFERENCES: readonly { table: 'chainLinks' | 'enterprises' | 'investmentLeads'; field: string }[] = [
  { table: 'chainLinks', field: 'from' },
  { table: 'chainLinks', field: 'to' },
  { table: 'enterprises', field: 'segment_id' },
  { table: 'investmentLeads', field: 'segment_id' },
];
