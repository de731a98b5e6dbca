/**
 * What a listing must say before the public sees it: when (an activity: a weekly time; a service
 * or a volunteer role may work by appointment, which the page then says), where (an address with
 * a postcode, or online) and how to take part (a way to reach the organiser). One rule for every
 * way a listing becomes or stays public — submitting, resuming, an admin's approval, saving a
 * listing that is already out — and for every listing, also a draft started from a collective
 * need. Each gap names the form field its message belongs next to.
 */
import type { InitiativeKind } from "./vocabulary";

export type ListingFacts = {
  kind: InitiativeKind;
  slotCount: number;
  isOnline: boolean;
  address?: string | null;
  postcode?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
};

export type PublicationGap = {
  need: "when" | "where" | "how";
  field: "slots" | "address" | "postcode" | "contactEmail";
  message: string;
};

const given = (value: string | null | undefined) => Boolean(value?.trim());

export function publicationGaps(facts: ListingFacts): PublicationGap[] {
  const gaps: PublicationGap[] = [];
  if (facts.kind === "activity" && !(facts.slotCount >= 1)) gaps.push({ need: "when", field: "slots", message: "organiser.form.whenNeeded" });
  if (!facts.isOnline && !given(facts.address)) gaps.push({ need: "where", field: "address", message: "organiser.form.addressOrOnline" });
  if (!facts.isOnline && !given(facts.postcode)) gaps.push({ need: "where", field: "postcode", message: "organiser.form.addressOrOnline" });
  if (!given(facts.contactEmail) && !given(facts.contactPhone) && !given(facts.website)) {
    gaps.push({ need: "how", field: "contactEmail", message: "organiser.form.contactNeeded" });
  }
  return gaps;
}
