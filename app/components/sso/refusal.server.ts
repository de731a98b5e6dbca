import { recordSsoRefusal, type SsoRefusal } from "~/models/sso-login.server";
import { redirectWithToast } from "~/utils/toast.server";

/**
 * Back to the login page with the reason, in the reader's language; written to the audit log
 * unless no login was under way (a callback without our flow cookie is anyone's request).
 */
export function refuseSsoLogin(reason: SsoRefusal, options: { alreadyAudited?: boolean; headers?: Headers } = {}) {
  if (reason !== "no_flow" && !options.alreadyAudited) recordSsoRefusal(reason);
  return redirectWithToast("/inloggen", { key: `auth.sso.refused.${reason}`, tone: "error" }, { headers: options.headers });
}
