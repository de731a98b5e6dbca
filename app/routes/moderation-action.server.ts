import { data } from "@remix-run/node";
import { z } from "zod";
import { approveListing, pauseListingAsAdmin, sendBackListing, sendBackOrganisation, verifyOrganisation } from "~/models/moderation.server";
import { listingModerationSchema } from "~/schemas/listing";
import { organisationModerationSchema } from "~/schemas/organisation";
import { readForm } from "~/utils/form.server";
import { requirePermission } from "~/utils/guards.server";
import { redirectWithToast } from "~/utils/toast.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

/**
 * The admin's decisions, from the queue (/beheer/controle) and from a listing opened whole
 * (/beheer/controle/:id): both answer on the queue.
 */
const schema = z.union([listingModerationSchema, organisationModerationSchema]);

const DONE = {
  approve: "organiser.moderation.approved",
  sendBack: "organiser.moderation.sentBack",
  pause: "organiser.moderation.paused",
  verify: "organiser.moderation.verified",
  sendBackOrganisation: "organiser.moderation.organisationSentBack",
} as const;

export async function moderationAction(request: Request) {
  const actor = await requirePermission(request, "moderation.view_queue");
  const form = Object.fromEntries(await readForm(request));
  const parsed = schema.safeParse(form);
  if (!parsed.success) {
    // Only the reason can be wrong in a form the page itself made; the answer goes back to that form.
    const id = String(form.initiativeId ?? form.organisationId ?? "");
    const issue = parsed.error.issues.find((i) => i.path[0] === "reason") ?? parsed.error.issues[0];
    return data({ formKey: `${String(form.intent)}-${id}`, error: issue?.message ?? "form.required", reason: String(form.reason ?? "") }, { status: 400 });
  }
  const input = parsed.data;
  const result =
    input.intent === "approve"
      ? approveListing(actor, input.initiativeId)
      : input.intent === "sendBack"
        ? sendBackListing(actor, input.initiativeId, input.reason)
        : input.intent === "pause"
          ? pauseListingAsAdmin(actor, input.initiativeId, input.reason)
          : input.intent === "verify"
            ? verifyOrganisation(actor, input.organisationId)
            : sendBackOrganisation(actor, input.organisationId, input.reason);
  throwIfRefused(result);
  if (!result.ok) {
    const key =
      result.error === "already_verified"
        ? "organiser.moderation.alreadyVerified"
        : result.error === "incomplete"
          ? "organiser.moderation.incomplete"
          : "organiser.moderation.changed";
    return redirectWithToast("/beheer/controle", { key, tone: "error" });
  }
  return redirectWithToast("/beheer/controle", { key: DONE[input.intent], params: { title: result.name } });
}
