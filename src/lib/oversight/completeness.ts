/**
 * The completeness score of one commune.
 * Formula: score = sum of the points of the requirements in force that are met (requirements.ts);
 * the points add up to 100 under every decree: 7 required sections × 8, 3 board checks × 8,
 * 5 footer fields × 2, the focal person 10. A section counts when it has at least one published
 * item at the report's clock.
 */
import type { Commune } from '../content/types.ts';
import type { RequirementGroup, RequirementInForce } from './requirements.ts';

export interface CheckResult {
  id: string;
  group: RequirementGroup;
  label: string;
  basis: string;
  points: number;
  ok: boolean;
  /** The action when not met. */
  action?: string;
}

export interface Completeness {
  score: number;
  checks: CheckResult[];
}

export const maxScore = (requirements: readonly RequirementInForce[]): number => requirements.reduce((sum, requirement) => sum + requirement.points, 0);

export function completeness(commune: Commune, now: Date, requirements: readonly RequirementInForce[]): Completeness {
  const checks = requirements.map((requirement): CheckResult => {
    const { ok, detail } = requirement.check(commune, now);
    const { id, group, label, basis, points } = requirement;
    return ok ? { id, group, label, basis, points, ok } : { id, group, label, basis, points, ok, action: detail ?? requirement.action };
  });
  return { score: checks.reduce((sum, check) => sum + (check.ok ? check.points : 0), 0), checks };
}
