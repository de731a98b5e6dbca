import { getEnv } from "./env.server";

/** Is this address in a domain (or a subdomain of one) that must log in through single sign-on? */
export function isSsoOnlyEmail(email: string): boolean {
  const domain = email.trim().toLowerCase().split("@").pop() ?? "";
  return getEnv().OIDC_SSO_ONLY_DOMAINS.some((ssoDomain) => domain === ssoDomain || domain.endsWith(`.${ssoDomain}`));
}
