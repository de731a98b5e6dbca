import { eq } from "drizzle-orm";
import { organisationMembers } from "~db/schema";
import type { Conn } from "~/utils/db.server";

/** Everyone who answers for an organisation: who is told of its referrals, applications and reminders. */
export function organisationMemberIds(tx: Conn, organisationId: number): string[] {
  return tx
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId))
    .all()
    .map((row) => row.userId);
}
