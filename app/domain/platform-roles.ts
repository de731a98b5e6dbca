/**
 * Roles an admin grants outside teams and organisations (on /beheer/mensen). A further platform
 * role is one more name here plus the account flag that holds it in `PLATFORM_ROLE_FLAGS`
 * (app/models/people-admin.server.ts).
 */
export const PLATFORM_ROLES = ["admin", "policy_advisor"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
