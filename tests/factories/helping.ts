/** Builders for the offering-help tests: volunteer openings. */
import { createInitiative, type InitiativeOptions } from "./core";

/** A published "volunteers wanted" listing of the organisation. */
export function createVolunteerOpening(organisationId: number, options: InitiativeOptions = {}) {
  return createInitiative(organisationId, {
    kind: "volunteers",
    title: "Vrijwilligers gezocht: koffie schenken",
    summary: "Help mee in de buurtkamer.",
    ...options,
  });
}
