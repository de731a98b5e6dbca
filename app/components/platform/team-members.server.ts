import { data } from "@remix-run/node";
import { addTeamMember, removeTeamMember } from "~/models/team-membership.server";
import { teamMembersActionSchema } from "~/schemas/platform";
import type { Actor } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { parseFormData } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

const ERRORS = {
  no_account: "platform.members.noAccount",
  already_member: "platform.members.alreadyMember",
  not_member: "platform.members.notMember",
} as const;

/** The add/remove member forms, shared by the admin's team page and the coordinator's. */
export async function teamMembersAction(actor: Actor, teamId: number, formData: FormData, back: string) {
  const submission = parseFormData(formData, teamMembersActionSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  if (input.intent === "add") {
    const result = addTeamMember(actor, { teamId, email: input.email, role: input.role });
    if (!result.ok && result.error === "forbidden") {
      return data(submission.reply({ fieldErrors: { role: ["platform.members.forbidden"] } }), { status: 403 });
    }
    throwIfRefused(result);
    if (!result.ok) return data(submission.reply({ fieldErrors: { email: [ERRORS[result.error]] } }), { status: 400 });
    return redirectWithToast(back, { key: "platform.members.added", params: { name: result.name } });
  }
  const result = removeTeamMember(actor, { teamId, userId: input.userId });
  if (!result.ok && result.error === "forbidden") return redirectWithToast(back, { key: "platform.members.forbidden", tone: "error" });
  throwIfRefused(result);
  if (!result.ok) return redirectWithToast(back, { key: ERRORS[result.error], tone: "error" });
  return redirectWithToast(back, { key: "platform.members.removed", params: { name: result.name } });
}
