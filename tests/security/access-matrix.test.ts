/**
 * The standing role × route matrix (issue 8): every route in app/routes, as each kind of person,
 * through the real Remix request handler (the app's own Vite config, the route modules as they
 * are). For every cell: the expected status, and no marker of another team's or organisation's
 * data in the page or its `.data`. A route file without an entry here fails the suite, so every
 * new route gets classified.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftCollectiveNeed } from "~/models/collective-need";
import { inviteMember } from "~/models/organisation.server";
import { applyAsVolunteer } from "~/models/volunteering.server";
import { createSessionCookie } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { addTeamMember, createInitiative, createOrganisationWithOwner, createUser, createWijkTeam } from "#tests/factories/core";
import { createVolunteerOpening } from "#tests/factories/helping";
import { buildReferral, makeReferralListing } from "#tests/factories/referral";
import { buildHousehold, buildNeed, giveConsent } from "#tests/factories/household";
import { publishNeedAsTeam } from "#tests/factories/collective-need";

const ROLES = [
  "visitor",
  "resident",
  "organiserOwn",
  "organiserOther",
  "consultantOwn",
  "consultantOther",
  "coordinatorOwn",
  "coordinatorOther",
  "admin",
] as const;
type Role = (typeof ROLES)[number];
/** A status, or "login": a redirect to the login page. */
type Outcome = number | "login";

const SIGNED_IN = ROLES.filter((role) => role !== "visitor");
const ORGANISERS: Role[] = ["organiserOwn", "organiserOther"];
const STAFF: Role[] = ["consultantOwn", "consultantOther", "coordinatorOwn", "coordinatorOther"];

/** Everyone gets `status`. */
const all = (status: Outcome): Record<Role, Outcome> => Object.fromEntries(ROLES.map((role) => [role, status])) as Record<Role, Outcome>;
/** Visitors go to the login page; `allowed` get `yes`; every other signed-in person gets `no`. */
function signedIn(allowed: readonly Role[], no: Outcome, yes: Outcome = 200, overrides: Partial<Record<Role, Outcome>> = {}) {
  return { ...Object.fromEntries(ROLES.map((role) => [role, role === "visitor" ? "login" : allowed.includes(role) ? yes : no])), ...overrides } as Record<
    Role,
    Outcome
  >;
}
/**
 * A workspace page: team members in, another team's staff `otherTeam`, every other signed-in
 * person `others` (403 where the page asks for a team first, 404 where the model answers).
 */
function workspace(ownTeam: readonly Role[], otherTeam: Outcome, others: Outcome = 403) {
  return signedIn(ownTeam, others, 200, { consultantOther: otherTeam, coordinatorOther: otherTeam });
}

// Markers: text that only some roles may ever see, anywhere.
const MARK = {
  householdA: "HH-MARKA-7731",
  householdB: "HH-MARKB-8842",
  contactA: "Contactpersoon Amarker",
  phoneA: "06 11112222",
  contactB: "Contactpersoon Bmarker",
  phoneB: "06 55556666",
  draftContact: "Conceptnaam Dmarker",
  draftPhone: "06 33334444",
  draftListingA: "Conceptactiviteit Amarker",
  draftListingB: "Conceptactiviteit Bmarker",
  draftNeedA: "Conceptvraag Amarker",
  applicationText: "Aanmeldtekst Rmarker",
} as const;
const MAY_SEE: Record<keyof typeof MARK, Role[]> = {
  householdA: ["consultantOwn", "coordinatorOwn"],
  householdB: ["consultantOther", "coordinatorOther"],
  contactA: ["consultantOwn", "coordinatorOwn", "organiserOwn"],
  phoneA: ["consultantOwn", "coordinatorOwn", "organiserOwn"],
  contactB: ["consultantOther", "coordinatorOther", "organiserOther"],
  phoneB: ["consultantOther", "coordinatorOther", "organiserOther"],
  // A draft referral is the team's own: not even the receiving organisation (defect 2).
  draftContact: ["consultantOwn", "coordinatorOwn"],
  draftPhone: ["consultantOwn", "coordinatorOwn"],
  draftListingA: ["organiserOwn", "admin"],
  draftListingB: ["organiserOther", "admin"],
  draftNeedA: ["consultantOwn", "coordinatorOwn"],
  applicationText: ["resident", "organiserOwn"],
};

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const admin = createUser({ name: "Beheerder Matrix", isAdmin: true });
  const resident = createUser({ name: "Bewoner Matrix" });
  const teamA = createWijkTeam({ name: "Wijkteam A" });
  const teamB = createWijkTeam({ name: "Wijkteam B" });
  const consultantOwn = addTeamMember(teamA.id, "member", { name: "Consulent A" });
  const coordinatorOwn = addTeamMember(teamA.id, "lead", { name: "Coördinator A" });
  const consultantOther = addTeamMember(teamB.id, "member", { name: "Consulent B" });
  const coordinatorOther = addTeamMember(teamB.id, "lead", { name: "Coördinator B" });
  const { organisation: orgA, owner: organiserOwn } = createOrganisationWithOwner({ name: "Organisatie A" });
  const { organisation: orgB, owner: organiserOther } = createOrganisationWithOwner({ name: "Organisatie B" });

  const listingA = makeReferralListing(orgA.id, { title: "Buurtkamer A" });
  const listingB = makeReferralListing(orgB.id, { title: "Buurtkamer B" });
  const draftListingA = createInitiative(orgA.id, { title: MARK.draftListingA, status: "draft" });
  const waitingListingA = createInitiative(orgA.id, { title: "Wacht op controle", status: "submitted" });
  createInitiative(orgB.id, { title: MARK.draftListingB, status: "draft" });
  const openingA = createVolunteerOpening(orgA.id);

  const householdA = buildHousehold({ teamId: teamA.id, pc4: teamA.postcodes[0]!, consultantId: consultantOwn.id, reference: MARK.householdA });
  const householdB = buildHousehold({ teamId: teamB.id, pc4: teamB.postcodes[0]!, consultantId: consultantOther.id, reference: MARK.householdB });
  giveConsent(householdA.id, consultantOwn);
  giveConsent(householdB.id, consultantOther);
  const needA = buildNeed(householdA.id);
  const refer = (
    household: { id: number },
    listing: { id: number },
    by: { id: string },
    status: "sent" | "draft",
    name: string,
    phone: string,
    needId?: number,
  ) => buildReferral({ householdId: household.id, initiativeId: listing.id, needId, status, contact: { name, phone, preference: "phone" }, createdBy: by.id });
  const referralA = refer(householdA, listingA, consultantOwn, "sent", MARK.contactA, MARK.phoneA, needA.id);
  const draftReferralA = refer(householdA, listingA, consultantOwn, "draft", MARK.draftContact, MARK.draftPhone);
  const referralB = refer(householdB, listingB, consultantOther, "sent", MARK.contactB, MARK.phoneB);

  const openNeed = publishNeedAsTeam({ neighbourhood: teamA.neighbourhood, consultant: consultantOwn, coordinator: coordinatorOwn });
  const draftNeed = draftCollectiveNeed(consultantOwn, {
    neighbourhoodId: teamA.neighbourhood.id,
    domain: "social_network",
    targetGroup: "everyone",
    title: MARK.draftNeedA,
    description: "Nog niet gepubliceerd.",
    checklist: [{ kind: "volunteers", quantity: 2, description: "" }],
  });
  if (!draftNeed.ok) throw new Error(draftNeed.error);
  const applied = applyAsVolunteer(resident, { initiativeId: openingA.id, message: MARK.applicationText });
  if (!applied.ok) throw new Error(applied.error);
  const invite = inviteMember(organiserOwn, orgA.id, { email: "nieuw-lid@example.org", role: "editor" });
  if (!invite.ok) throw new Error(invite.error);

  const people: Record<Exclude<Role, "visitor">, { id: string }> = {
    resident,
    organiserOwn,
    organiserOther,
    consultantOwn,
    consultantOther,
    coordinatorOwn,
    coordinatorOther,
    admin,
  };
  const cookies = { visitor: "" } as Record<Role, string>;
  for (const [role, person] of Object.entries(people)) cookies[role as Role] = (await createSessionCookie(person.id)).split(";")[0]!;

  return {
    cookies,
    people,
    orgA,
    listingA,
    draftListingA,
    waitingListingA,
    openingA,
    householdA,
    needA,
    referralA,
    draftReferralA,
    referralB,
    openNeed,
    draftNeedId: draftNeed.id,
    neighbourhood: teamA.neighbourhood,
    teamAId: teamA.id,
    inviteToken: invite.link.split("/uitnodiging/")[1]!,
  };
}

type Cell = { path: string; expect: Record<Role, Outcome> };
type Post = { path: string; intents: Record<string, string>[]; allowed: readonly Role[] };
type Entry = { get: Cell[]; post?: Post[] };

/** Every route file, with the addresses that exercise it (the owning side is team A and organisation A). */
function matrix(w: World): Record<string, Entry> {
  const household = `/werkplek/huishoudens/${w.householdA.id}`;
  const org = `/mijn-organisatie/${w.orgA.id}`;
  const teamA: Role[] = ["consultantOwn", "coordinatorOwn"];
  return {
    "$.tsx": { get: [{ path: "/bestaat-niet", expect: all(404) }] },
    "_index.tsx": { get: [{ path: "/", expect: all(200) }] },
    "account.tsx": {
      get: [{ path: "/account", expect: signedIn(SIGNED_IN, 403) }],
      post: [
        {
          path: "/account",
          intents: [{ intent: "profile", name: "Nieuwe Naam", locale: "nl" }, { intent: "password" }, { intent: "delete", confirmEmail: "niet@example.org" }],
          allowed: SIGNED_IN,
        },
      ],
    },
    "beheer._index.tsx": {
      get: [{ path: "/beheer", expect: signedIn(["admin"], 403) }],
      post: [{ path: "/beheer", intents: [{ intent: "verify", organisationId: String(w.orgA.id) }], allowed: ["admin"] }],
    },
    "beheer.controle.tsx": {
      get: [{ path: "/beheer/controle", expect: signedIn(["admin"], 403) }],
      post: [
        {
          path: "/beheer/controle",
          intents: [
            { intent: "approve", id: String(w.draftListingA.id) },
            { intent: "pause", id: String(w.listingA.id), reason: "Even pauzeren" },
            { intent: "verify", id: String(w.orgA.id) },
          ],
          allowed: ["admin"],
        },
      ],
    },
    "beheer.controle_.$id.tsx": {
      get: [
        { path: `/beheer/controle/${w.waitingListingA.id}`, expect: signedIn(["admin"], 403) },
        { path: `/beheer/controle/${w.draftListingA.id}`, expect: signedIn(["admin"], 403, 404) },
      ],
      post: [
        {
          path: `/beheer/controle/${w.waitingListingA.id}`,
          intents: [{ intent: "sendBack", id: String(w.waitingListingA.id), reason: "Graag aanvullen" }],
          allowed: ["admin"],
        },
      ],
    },
    "initiatieven.$slug.tsx": {
      get: [
        { path: `/initiatieven/${w.listingA.slug}`, expect: all(200) },
        { path: `/initiatieven/${w.draftListingA.slug}`, expect: all(404) },
      ],
      post: [{ path: `/initiatieven/${w.listingA.slug}`, intents: [{ intent: "signUp" }, { intent: "cancelSignUp" }], allowed: SIGNED_IN }],
    },
    "initiatieven.$slug_.aanmelden.tsx": {
      get: [{ path: `/initiatieven/${w.openingA.slug}/aanmelden`, expect: signedIn(SIGNED_IN, 403) }],
      post: [{ path: `/initiatieven/${w.openingA.slug}/aanmelden`, intents: [{ message: "Ik help graag." }], allowed: SIGNED_IN }],
    },
    "initiatieven._index.tsx": { get: [{ path: "/initiatieven?q=buurtkamer", expect: all(200) }] },
    "inloggen.tsx": {
      // Whoever is signed in already goes home.
      get: [{ path: "/inloggen", expect: signedIn([], 302, 200, { visitor: 200 }) }],
      post: [{ path: "/inloggen", intents: [{ email: "x@example.org", password: "fout-wachtwoord" }], allowed: ROLES }],
    },
    // Single sign-on is not configured here: its routes do not exist (the e2e journey runs them configured).
    "inloggen_.sso._index.tsx": { get: [{ path: "/inloggen/sso?terug=%2Fwerkplek", expect: all(404) }] },
    "inloggen_.sso.terug.tsx": { get: [{ path: "/inloggen/sso/terug?code=x&state=y", expect: all(404) }] },
    // Nothing to offer after logging out: home.
    "inloggen_.sso.uitgelogd.tsx": { get: [{ path: "/inloggen/sso/uitgelogd", expect: all(302) }] },
    "locales.$locale[.]js.tsx": { get: [{ path: "/locales/nl.js", expect: all(200) }] },
    "meldingen.tsx": { get: [{ path: "/meldingen", expect: signedIn(SIGNED_IN, 403) }], post: [{ path: "/meldingen", intents: [{}], allowed: SIGNED_IN }] },
    "mijn-organisatie.$org._index.tsx": {
      get: [{ path: org, expect: signedIn(["organiserOwn", "admin"], 403) }],
      post: [{ path: org, intents: [{ intent: "confirm", id: String(w.listingA.id) }], allowed: ["organiserOwn"] }],
    },
    "mijn-organisatie.$org.bewerken.tsx": {
      get: [{ path: `${org}/bewerken`, expect: signedIn(["organiserOwn"], 403) }],
      post: [
        {
          path: `${org}/bewerken`,
          intents: [{ name: "Overgenomen", kind: "foundation", email: "x@example.org", description: "Weg ermee" }],
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie.$org.initiatieven.$id.tsx": {
      get: [{ path: `${org}/initiatieven/${w.draftListingA.id}`, expect: signedIn(["organiserOwn"], 403) }],
      post: [
        {
          path: `${org}/initiatieven/${w.draftListingA.id}`,
          intents: [
            { intent: "confirm" },
            { intent: "submit" },
            { intent: "archive" },
            { intent: "save", title: "Overgenomen" },
            { intent: "removeParticipant", participantId: "1", message: "Weg ermee, sorry" },
          ],
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie.$org.initiatieven.nieuw.tsx": {
      get: [{ path: `${org}/initiatieven/nieuw`, expect: signedIn(["organiserOwn"], 403) }],
      post: [
        {
          path: `${org}/initiatieven/nieuw`,
          intents: [{ title: "Ingebroken activiteit", summary: "Niet van jou", kind: "activity" }],
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie.$org.leden.tsx": {
      get: [{ path: `${org}/leden`, expect: signedIn(["organiserOwn", "admin"], 403) }],
      post: [
        {
          path: `${org}/leden`,
          intents: [
            { intent: "invite", email: "aanvaller@example.org", role: "owner" },
            { intent: "role", userId: "x", role: "owner" },
            { intent: "remove", userId: "x" },
          ],
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie.$org.vrijwilligers.tsx": {
      get: [{ path: `${org}/vrijwilligers`, expect: signedIn(["organiserOwn"], 403) }],
      post: [
        {
          path: `${org}/vrijwilligers`,
          intents: [
            { intent: "accept", applicationId: "1" },
            { intent: "decline", applicationId: "1", reason: "Nee" },
            { intent: "invite", userId: "x" },
          ],
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie._index.tsx": { get: [{ path: "/mijn-organisatie", expect: signedIn(SIGNED_IN, 403) }] },
    "mijn-organisatie.nieuw.tsx": {
      get: [{ path: "/mijn-organisatie/nieuw", expect: signedIn(SIGNED_IN, 403) }],
      post: [{ path: "/mijn-organisatie/nieuw", intents: [{ name: "" }], allowed: SIGNED_IN }],
    },
    "mijn-organisatie.verwijzingen.$id.tsx": {
      get: [
        { path: `/mijn-organisatie/verwijzingen/${w.referralA}`, expect: signedIn(["organiserOwn"], 404) },
        // Defect 2: a draft does not exist for the receiving organisation either.
        { path: `/mijn-organisatie/verwijzingen/${w.draftReferralA}`, expect: signedIn([], 404) },
      ],
      post: [
        {
          path: `/mijn-organisatie/verwijzingen/${w.draftReferralA}`,
          intents: ["accept", "waitlist", "decline", "start", "could_not_contact", "complete", "stop"].map((intent) => ({
            intent,
            reason: "other",
            outcome: "x",
          })),
          allowed: [],
        },
        {
          path: `/mijn-organisatie/verwijzingen/${w.referralA}`,
          intents: ["waitlist", "decline", "start", "could_not_contact", "complete", "stop", "accept"].map((intent) => ({
            intent,
            reason: "other",
            outcome: "x",
          })),
          allowed: ["organiserOwn"],
        },
      ],
    },
    "mijn-organisatie.verwijzingen._index.tsx": { get: [{ path: "/mijn-organisatie/verwijzingen", expect: signedIn(ORGANISERS, 403) }] },
    "mijn._index.tsx": {
      get: [{ path: "/mijn", expect: signedIn(SIGNED_IN, 403) }],
      post: [{ path: "/mijn", intents: [{ intent: "withdraw", applicationId: "1" }], allowed: SIGNED_IN }],
    },
    "mijn.export.tsx": { get: [{ path: "/mijn/export", expect: signedIn(SIGNED_IN, 403) }] },
    "mijn.hulpprofiel.tsx": {
      get: [{ path: "/mijn/hulpprofiel", expect: signedIn(SIGNED_IN, 403) }],
      post: [{ path: "/mijn/hulpprofiel", intents: [{ skills: "koken", about: "Hallo" }], allowed: SIGNED_IN }],
    },
    "organisaties.$slug.tsx": { get: [{ path: `/organisaties/${w.orgA.slug}`, expect: all(200) }] },
    "registreren.tsx": {
      get: [{ path: "/registreren", expect: signedIn([], 302, 200, { visitor: 200 }) }],
      post: [{ path: "/registreren", intents: [{ email: "" }], allowed: ROLES }],
    },
    "taal.tsx": { get: [{ path: "/taal", expect: all(302) }], post: [{ path: "/taal", intents: [{ locale: "en", redirectTo: "/" }], allowed: ROLES }] },
    "uitloggen.tsx": { get: [{ path: "/uitloggen", expect: all(302) }], post: [{ path: "/uitloggen", intents: [{}], allowed: ROLES }] },
    "uitnodiging.$token.tsx": {
      get: [
        { path: `/uitnodiging/${w.inviteToken}`, expect: all(200) },
        { path: `/uitnodiging/${"x".repeat(32)}`, expect: all(404) },
      ],
      // Only the invited address may accept; nobody in the matrix is it.
      post: [{ path: `/uitnodiging/${w.inviteToken}`, intents: [{}], allowed: [] }],
    },
    "vragen.$slug.tsx": {
      get: [{ path: `/vragen/${w.openNeed.slug}`, expect: all(200) }],
      post: [
        {
          path: `/vragen/${w.openNeed.slug}`,
          intents: [
            { intent: "support", kind: "support" },
            { intent: "withdraw-support" },
            { intent: "follow" },
            { intent: "unfollow" },
            { intent: "pledge", checklistItemId: "1", amount: "1", message: "" },
            { intent: "withdraw-pledge", pledgeId: "1" },
            { intent: "start-activity", organisationId: String(w.orgA.id) },
            { intent: "update", body: "Een update van buiten het team" },
            { intent: "merge", intoId: "1" },
            { intent: "close", reason: "Gesloten door een buitenstaander" },
          ],
          allowed: SIGNED_IN,
        },
      ],
    },
    "vragen._index.tsx": { get: [{ path: "/vragen", expect: all(200) }] },
    "werkplek._index.tsx": { get: [{ path: "/werkplek", expect: signedIn(STAFF, 403) }] },
    "werkplek.huishoudens.$id._index.tsx": {
      get: [{ path: household, expect: workspace(teamA, 404) }],
      post: [{ path: household, intents: [{ intent: "reassign", consultantId: "x" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.behoeften.$needId.tsx": {
      get: [{ path: `${household}/behoeften/${w.needA.id}`, expect: workspace(teamA, 404, 404) }],
      post: [{ path: `${household}/behoeften/${w.needA.id}`, intents: [{ intent: "unmet", reason: "Niets gevonden" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.behoeften.$needId_.afdrukken.tsx": {
      get: [
        { path: `${household}/behoeften/${w.needA.id}/afdrukken`, expect: workspace(teamA, 404, 404) },
        { path: `${household}/behoeften/${w.needA.id}/afdrukken?taal=en`, expect: workspace(teamA, 404, 404) },
      ],
    },
    "werkplek.huishoudens.$id.bewerken.tsx": {
      get: [{ path: `${household}/bewerken`, expect: workspace(teamA, 404) }],
      post: [{ path: `${household}/bewerken`, intents: [{ pc4: "1234", adults: "2" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.intake.tsx": {
      get: [{ path: `${household}/intake`, expect: workspace(teamA, 404) }],
      post: [{ path: `${household}/intake`, intents: [{ intent: "save" }, { intent: "complete" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.logboek.tsx": {
      get: [{ path: `${household}/logboek`, expect: workspace(["coordinatorOwn"], 404) }],
    },
    "werkplek.huishoudens.$id.plan.tsx": {
      get: [{ path: `${household}/plan`, expect: workspace(teamA, 404) }],
      post: [
        {
          path: `${household}/plan`,
          intents: [
            { intent: "goal", description: "Ingebroken doel" },
            { intent: "action", goalId: "1", description: "x", owner: "household" },
            { intent: "review", reviewDate: "2027-01-01" },
          ],
          allowed: teamA,
        },
      ],
    },
    "werkplek.huishoudens.$id.toestemming.tsx": {
      get: [{ path: `${household}/toestemming`, expect: workspace(teamA, 404) }],
      post: [{ path: `${household}/toestemming`, intents: [{ intent: "record", givenOn: "2026-01-01", scope: "x" }, { intent: "withdraw" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.verwijzen.$initiativeId.tsx": {
      get: [{ path: `${household}/verwijzen/${w.listingA.id}`, expect: workspace(teamA, 404, 404) }],
      post: [{ path: `${household}/verwijzen/${w.listingA.id}`, intents: [{ message: "Ingebroken", lookingFor: "x" }], allowed: teamA }],
    },
    "werkplek.huishoudens.$id.wissen.tsx": {
      get: [{ path: `${household}/wissen`, expect: workspace(["coordinatorOwn"], 404) }],
      // Without the confirmation tick even the coordinator erases nothing, so later cells still find the household.
      post: [{ path: `${household}/wissen`, intents: [{ reason: "registered_in_error" }], allowed: ["coordinatorOwn"] }],
    },
    "werkplek.huishoudens.nieuw.tsx": {
      get: [{ path: "/werkplek/huishoudens/nieuw", expect: signedIn(STAFF, 403) }],
      post: [{ path: "/werkplek/huishoudens/nieuw", intents: [{ reference: "" }], allowed: STAFF }],
    },
    "werkplek.signalen.tsx": { get: [{ path: "/werkplek/signalen", expect: signedIn(STAFF, 403) }] },
    "werkplek.verwijzingen.$id_.brief.tsx": {
      get: [
        { path: `/werkplek/verwijzingen/${w.referralA}/brief`, expect: workspace(teamA, 404, 404) },
        { path: `/werkplek/verwijzingen/${w.referralA}/brief?taal=en`, expect: workspace(teamA, 404, 404) },
        { path: `/werkplek/verwijzingen/${w.draftReferralA}/brief`, expect: workspace(teamA, 404, 404) },
      ],
    },
    "werkplek.verwijzingen.$id.tsx": {
      get: [
        { path: `/werkplek/verwijzingen/${w.referralA}`, expect: workspace(teamA, 404, 404) },
        { path: `/werkplek/verwijzingen/${w.draftReferralA}`, expect: workspace(teamA, 404, 404) },
      ],
      post: [{ path: `/werkplek/verwijzingen/${w.referralA}`, intents: [{ intent: "withdraw", note: "Ingebroken" }], allowed: teamA }],
    },
    "werkplek.vragen.$id.tsx": {
      get: [{ path: `/werkplek/vragen/${w.draftNeedId}`, expect: workspace(teamA, 404) }],
      post: [{ path: `/werkplek/vragen/${w.draftNeedId}`, intents: [{ intent: "publish" }, { intent: "save", title: "Ingebroken" }], allowed: teamA }],
    },
    "werkplek.vragen.nieuw.tsx": {
      get: [{ path: "/werkplek/vragen/nieuw", expect: signedIn(STAFF, 403) }],
      post: [{ path: "/werkplek/vragen/nieuw", intents: [{ intent: "save", title: "" }], allowed: STAFF }],
    },
    "wijken.$slug.tsx": { get: [{ path: `/wijken/${w.neighbourhood.slug}`, expect: all(200) }] },
    "wijken._index.tsx": { get: [{ path: "/wijken", expect: all(200) }] },
    "afmelden.$token.tsx": {
      get: [{ path: `/afmelden/${"x".repeat(40)}`, expect: all(200) }],
      post: [{ path: `/afmelden/${"x".repeat(40)}`, intents: [{}], allowed: ROLES }],
    },
    "beheer.tsx": { get: [{ path: "/beheer", expect: signedIn(["admin"], 403) }] },
    "beheer.mensen._index.tsx": { get: [{ path: "/beheer/mensen", expect: signedIn(["admin"], 403) }] },
    "beheer.mensen.$id.tsx": {
      get: [{ path: `/beheer/mensen/${w.people.resident.id}`, expect: signedIn(["admin"], 403) }],
      post: [{ path: `/beheer/mensen/${w.people.resident.id}`, intents: [{ intent: "block" }, { intent: "admin", grant: "true" }], allowed: ["admin"] }],
    },
    "beheer.teams._index.tsx": { get: [{ path: "/beheer/teams", expect: signedIn(["admin"], 403) }] },
    "beheer.teams.$id.tsx": {
      get: [{ path: `/beheer/teams/${w.teamAId}`, expect: signedIn(["admin"], 403) }],
      post: [{ path: `/beheer/teams/${w.teamAId}`, intents: [{ name: "" }], allowed: ["admin"] }],
    },
    "beheer.wijken._index.tsx": { get: [{ path: "/beheer/wijken", expect: signedIn(["admin"], 403) }] },
    "beheer.wijken.$id.tsx": {
      get: [{ path: `/beheer/wijken/${w.neighbourhood.id}`, expect: signedIn(["admin"], 403) }],
      post: [{ path: `/beheer/wijken/${w.neighbourhood.id}`, intents: [{ name: "" }], allowed: ["admin"] }],
    },
    "beheer.teksten._index.tsx": { get: [{ path: "/beheer/teksten", expect: signedIn(["admin"], 403) }] },
    "beheer.teksten.$key.tsx": {
      get: [{ path: "/beheer/teksten/privacy", expect: signedIn(["admin"], 403) }],
      post: [{ path: "/beheer/teksten/privacy", intents: [{ nl: "", en: "" }], allowed: ["admin"] }],
    },
    "logo[.]svg.tsx": { get: [{ path: "/logo.svg", expect: all(404) }] },
    "privacy.tsx": { get: [{ path: "/privacy", expect: all(200) }] },
    "toegankelijkheid.tsx": { get: [{ path: "/toegankelijkheid", expect: all(200) }] },
    "theme[.]css.tsx": { get: [{ path: "/theme.css", expect: all(200) }] },
    "werkplek.team.tsx": {
      get: [{ path: "/werkplek/team", expect: signedIn(["coordinatorOwn", "coordinatorOther"], 403) }],
      post: [{ path: "/werkplek/team", intents: [{ intent: "add", email: "" }], allowed: ["coordinatorOwn", "coordinatorOther"] }],
    },
    "agenda.$token.vrijwilligerswerk[.]ics.ts": { get: [{ path: `/agenda/${"x".repeat(43)}/vrijwilligerswerk.ics`, expect: all(404) }] },
    "api.hsds.v3._index.ts": { get: [{ path: "/api/hsds/v3", expect: all(200) }] },
    "api.hsds.v3.openapi[.]json.ts": { get: [{ path: "/api/hsds/v3/openapi.json", expect: all(200) }] },
    "api.hsds.v3.organizations._index.ts": { get: [{ path: "/api/hsds/v3/organizations", expect: all(200) }] },
    "api.hsds.v3.organizations.$id.ts": { get: [{ path: "/api/hsds/v3/organizations/00000000-0000-4000-8000-000000000000", expect: all(404) }] },
    "api.hsds.v3.services._index.ts": { get: [{ path: "/api/hsds/v3/services", expect: all(200) }] },
    "api.hsds.v3.services.$id.ts": { get: [{ path: "/api/hsds/v3/services/00000000-0000-4000-8000-000000000000", expect: all(404) }] },
    "api.hsds.v3.service_at_locations._index.ts": { get: [{ path: "/api/hsds/v3/service_at_locations", expect: all(200) }] },
    "api.hsds.v3.service_at_locations.$id.ts": { get: [{ path: "/api/hsds/v3/service_at_locations/00000000-0000-4000-8000-000000000000", expect: all(404) }] },
    "api.hsds.v3.taxonomies._index.ts": { get: [{ path: "/api/hsds/v3/taxonomies", expect: all(200) }] },
    "api.hsds.v3.taxonomies.$id.ts": { get: [{ path: "/api/hsds/v3/taxonomies/00000000-0000-4000-8000-000000000000", expect: all(404) }] },
    "api.hsds.v3.taxonomy_terms._index.ts": { get: [{ path: "/api/hsds/v3/taxonomy_terms", expect: all(200) }] },
    "api.hsds.v3.taxonomy_terms.$id.ts": { get: [{ path: "/api/hsds/v3/taxonomy_terms/00000000-0000-4000-8000-000000000000", expect: all(404) }] },
    "initiatieven.$slug_.agenda[.]ics.ts": {
      get: [
        // The listing has no weekly times, so there is nothing to put in a calendar.
        { path: `/initiatieven/${w.listingA.slug}/agenda.ics`, expect: all(404) },
        { path: `/initiatieven/${w.draftListingA.slug}/agenda.ics`, expect: all(404) },
      ],
    },
    "wijken.$slug_.agenda[.]ics.ts": { get: [{ path: `/wijken/${w.neighbourhood.slug}/agenda.ics`, expect: all(200) }] },
    "open-data._index.tsx": { get: [{ path: "/open-data", expect: all(200) }] },
    "open-data.aanbod[.]csv.ts": { get: [{ path: "/open-data/aanbod.csv", expect: all(200) }] },
    "robots[.]txt.ts": { get: [{ path: "/robots.txt", expect: all(200) }] },
    "sitemap[.]xml.ts": { get: [{ path: "/sitemap.xml", expect: all(200) }] },
    "inzichten._index.tsx": { get: [{ path: "/inzichten", expect: signedIn(["admin"], 403) }] },
    "inzichten.download.tsx": {
      get: [
        { path: "/inzichten/download?tabel=stages", expect: signedIn(["admin"], 403) },
        { path: "/inzichten/download?tabel=onbekend", expect: signedIn([], 404) },
      ],
    },
    "werkplek.inzichten._index.tsx": { get: [{ path: "/werkplek/inzichten", expect: signedIn(STAFF, 403) }] },
    "werkplek.inzichten.download.tsx": { get: [{ path: "/werkplek/inzichten/download?tabel=stages", expect: signedIn(STAFF, 403) }] },
    "mijn-organisatie.$org.inzichten.tsx": { get: [{ path: `${org}/inzichten?tabel=stages`, expect: signedIn(["organiserOwn", "admin"], 403) }] },
  };
}

let vite: ViteDevServer;
let handle: (request: Request) => Promise<Response>;
let world: World;

beforeAll(async () => {
  world = await buildWorld();
  vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: "custom", logLevel: "error" });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const handler = createRequestHandler(build, "production");
  handle = (request) => handler(request, { cspNonce: "matrix" });
}, 180_000);

afterAll(async () => {
  await vite?.close();
});

async function request(role: Role, pathname: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  // A fresh session for every action: logging out or changing a password ends the old ones.
  if (role !== "visitor" && init.method === "POST") world.cookies[role] = (await createSessionCookie(world.people[role].id)).split(";")[0]!;
  if (world.cookies[role]) headers.set("Cookie", world.cookies[role]);
  const response = await handle(new Request(`http://localhost${pathname}`, { ...init, headers, redirect: "manual" }));
  return { status: response.status, location: response.headers.get("Location") ?? "", body: await response.text() };
}

function outcomeOf(response: { status: number; location: string }): Outcome {
  return response.status === 302 && response.location.startsWith("/inloggen") ? "login" : response.status;
}

/** The markers this role may not see that the body holds. */
function leaks(role: Role, body: string): string[] {
  return (Object.keys(MARK) as (keyof typeof MARK)[]).filter((key) => !MAY_SEE[key].includes(role) && body.includes(MARK[key]));
}

/** Everything but the audit log and the sessions (which a request may extend), hashed. */
function fingerprint(): string {
  const sqlite = db.$client;
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT IN ('audit_log', 'sessions') ORDER BY name",
    )
    .all() as { name: string }[];
  const hash = createHash("sha256");
  for (const { name } of tables) hash.update(name).update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()));
  return hash.digest("hex");
}

const dataPath = (pathname: string) => {
  const [base, query] = pathname.split("?");
  return `${base === "/" ? "/_root" : base}.data${query ? `?${query}` : ""}`;
};

describe("the role × route matrix", () => {
  it("has an entry for every route file", () => {
    const files = readdirSync(path.resolve("app/routes")).filter((file) => /\.tsx?$/.test(file) && !file.includes(".test.") && !file.endsWith(".server.ts"));
    const missing = files.filter((file) => !(file in matrix(world)));
    expect(missing, "route files without an entry in tests/security/access-matrix.test.ts").toEqual([]);
    const stale = Object.keys(matrix(world)).filter((file) => !files.includes(file));
    expect(stale).toEqual([]);
  });

  it("answers every page and its data as expected for each role, with no other team's or organisation's data", async () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const [file, entry] of Object.entries(matrix(world))) {
      for (const cell of entry.get) {
        for (const role of ROLES) {
          const page = await request(role, cell.path);
          for (const key of Object.keys(MARK) as (keyof typeof MARK)[]) if (page.body.includes(MARK[key])) seen.add(key);
          const got = outcomeOf(page);
          if (got !== cell.expect[role]) wrong.push(`${file} GET ${cell.path} as ${role}: ${got}, expected ${cell.expect[role]}`);
          for (const leak of leaks(role, page.body)) wrong.push(`${file} GET ${cell.path} as ${role} shows ${leak}`);
          // A page that answered may hold more in its data than it shows; a refused one ran the same loader.
          if (page.status !== 200) continue;
          const data = await request(role, dataPath(cell.path));
          if (data.status >= 500) wrong.push(`${file} GET ${dataPath(cell.path)} as ${role}: ${data.status}`);
          for (const leak of leaks(role, data.body)) wrong.push(`${file} GET ${dataPath(cell.path)} as ${role} shows ${leak}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The markers are really on the pages of those who may see them, so their absence elsewhere means something.
    const shownToOwners: (keyof typeof MARK)[] = [
      "householdA",
      "householdB",
      "contactA",
      "phoneA",
      "draftContact",
      "draftListingA",
      "draftNeedA",
      "applicationText",
    ];
    expect(shownToOwners.filter((key) => !seen.has(key))).toEqual([]);
  }, 240_000);

  it("refuses every action to whoever may not take it, changing nothing, and never fails", async () => {
    const wrong: string[] = [];
    for (const [file, entry] of Object.entries(matrix(world))) {
      for (const post of entry.post ?? []) {
        // Outsiders first, so that what the allowed roles change does not hide a refusal.
        const roles = [...ROLES].sort((a, b) => Number(post.allowed.includes(a)) - Number(post.allowed.includes(b)));
        for (const role of roles) {
          for (const fields of post.intents) {
            const before = post.allowed.includes(role) ? "" : fingerprint();
            const response = await request(role, post.path, {
              method: "POST",
              headers: { "Content-Type": "application/x-www-form-urlencoded" },
              body: new URLSearchParams(fields).toString(),
            });
            const what = `${file} POST ${post.path} ${fields.intent ?? ""} as ${role}`;
            if (response.status >= 500) wrong.push(`${what}: ${response.status}`);
            for (const leak of leaks(role, response.body)) wrong.push(`${what} shows ${leak}`);
            if (post.allowed.includes(role)) continue;
            // Refused with an error page, a form error, or back to the page with a message; never a success page.
            const got = outcomeOf(response);
            const refused = got === "login" ? role === "visitor" : [302, 400, 403, 404, 405].includes(response.status);
            if (!refused) wrong.push(`${what}: ${got}, expected a refusal`);
            if (fingerprint() !== before) wrong.push(`${what} changed the database`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
