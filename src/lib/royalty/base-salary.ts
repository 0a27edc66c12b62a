/**
 * Mức lương cơ sở in force on a day.
 * @see Nghị định 38/2019/NĐ-CP, 24/2023/NĐ-CP, 73/2024/NĐ-CP (amounts live in base-salary.yaml, never here)
 */
import type { BaseSalaryEntry } from '../content/types.ts';
import { inForceOn } from './in-force.ts';

export const baseSalaryOn = (entries: readonly BaseSalaryEntry[], day: string): BaseSalaryEntry | undefined =>
  inForceOn(entries, day);
