import type { StatementKey } from "~/content/statements";
import { getStatement } from "~/models/site-content.server";
import { getEnv } from "~/utils/env.server";
import { detectLocale } from "~/utils/i18n.server";
import { getActor } from "~/utils/guards.server";

/** A statement in the reader's language, with the municipality's name filled in. */
export async function statementFor(request: Request, key: StatementKey) {
  const actor = await getActor(request);
  const locale = await detectLocale(request, actor?.locale);
  const statement = getStatement(key, locale);
  return { body: statement.body.replaceAll("{{municipality}}", getEnv().MUNICIPALITY), updatedAt: statement.updatedAt };
}
