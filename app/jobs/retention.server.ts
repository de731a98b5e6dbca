/**
 * The daily retention job (docs/decisions/007-retention-and-dates.md): erases households without
 * activity for RETENTION_HOUSEHOLD_MONTHS and removes audit rows older than RETENTION_AUDIT_YEARS.
 * It logs counts only, never a reference or a name.
 */
import { eraseInactiveHouseholds, removeExpiredAuditRows, type ErasureCounts } from "~/models/retention.server";
import { getEnv } from "~/utils/env.server";
import { logInfo } from "~/utils/log.server";
import { scheduleJob } from "./scheduler.server";

export type RetentionSettings = { householdMonths: number; auditYears: number };
export type RetentionReport = ErasureCounts & { auditRows: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Not in the middle of start-up: the first run waits a little. */
const FIRST_RUN_DELAY_MS = 60 * 1000;

export function retentionSettings(): RetentionSettings {
  const env = getEnv();
  return { householdMonths: env.RETENTION_HOUSEHOLD_MONTHS, auditYears: env.RETENTION_AUDIT_YEARS };
}

export function describeRetention(report: RetentionReport, settings: RetentionSettings): string {
  return (
    `retention: erased ${report.households} household(s) without activity for ${settings.householdMonths} months ` +
    `(${report.needs} needs and ${report.referrals} referrals kept as anonymous counts); ` +
    `removed ${report.auditRows} audit row(s) older than ${settings.auditYears} years`
  );
}

export function runRetention(now = new Date(), settings = retentionSettings()): RetentionReport {
  const erased = eraseInactiveHouseholds(now, settings.householdMonths);
  const auditRows = removeExpiredAuditRows(now, settings.auditYears);
  return { ...erased, auditRows };
}

/** Runs the job a minute after start and then every day, in the web server's process. */
export function startRetentionJob() {
  scheduleJob("retention", { everyMs: DAY_MS, firstInMs: FIRST_RUN_DELAY_MS }, () => {
    const settings = retentionSettings();
    logInfo(describeRetention(runRetention(new Date(), settings), settings));
  });
}
