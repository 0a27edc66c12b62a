/**
 * The completeness score of one commune, out of 100.
 * Formula: score = round(100 × points of the requirements in force that are met ÷ points of all
 * the requirements in force) (requirements.ts). The base requirements weigh 100 (7 required
 * sections × 8, 3 board checks × 8, 5 footer fields × 2, the focal person 10); the ones a law
 * adds (Luật Tiếp cận thông tin Điều 19 from 1/7/2018, NĐ 224/2026 Điều 9-10 from 1/7/2026) add
 * their points to the total, so the same score means the same share under every law. A section
 * counts when it has at least one published item at the report's clock.
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

export const maxScore = (requirements: readonly RequirementInForce[]): number =>
  requirements.reduce((sum, requirement) => sum + requirement.points, 0);

export function completeness(
  commune: Commune,
  now: Date,
  requirements: readonly RequirementInForce[],
): Completeness {
  const checks = requirements.map((requirement): CheckResult => {
    const { ok, detail } = requirement.check(commune, now);
    const { id, group, label, basis, points } = requirement;
    return ok
      ? { id, group, label, basis, points, ok }
      : { id, group, label, basis, points, ok, action: detail ?? requirement.action };
  });
  const earned = checks.reduce((sum, check) => sum + (check.ok ? check.points : 0), 0);
  const total = maxScore(requirements);
  return { score: total === 0 ? 0 : Math.round((100 * earned) / total), checks };
}
