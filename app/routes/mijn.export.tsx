import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportMyData } from "~/models/my-page.server";
import { requireUser } from "~/utils/guards.server";
import { todayInAmsterdam } from "~/utils/dates";
import { detectLocale, getTranslator } from "~/utils/i18n.server";

/** Signed-in only: the actor's own data as a JSON file to keep. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const body = JSON.stringify(exportMyData(actor, getTranslator(await detectLocale(request))), null, 2);
  const day = todayInAmsterdam();
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="wijkmarkt-mijn-gegevens-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
