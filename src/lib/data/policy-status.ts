/** Whether a policy is in force on a date, from its effective dates (never from the clock). */
export type PolicyStatus = 'in_force' | 'not_yet' | 'expired';

export const POLICY_STATUS_LABELS: Record<PolicyStatus, { zh: string; en: string }> = {
  in_force: { zh: '现行有效', en: 'In force' },
  not_yet: { zh: '尚未生效', en: 'Not yet in force' },
  expired: { zh: '已失效', en: 'Expired' },
};

/** In force from effective_from (or issued_on) through effective_to inclusive. */
export function policyStatus(p: { issued_on: string; effective_from: string | null; effective_to: string | null }, asOf: string): PolicyStatus {
  const from = p.effective_from ?? p.issued_on;
  if (asOf < from) return 'not_yet';
  if (p.effective_to !== null && asOf > p.effective_to) return 'expired';
  return 'in_force';
}
