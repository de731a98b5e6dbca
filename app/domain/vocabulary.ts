/** The shared vocabulary of DESIGN.md: codes in English, labels come from the locale files. */

export const LIFE_DOMAINS = [
  "finances",
  "work_education",
  "daytime_activities",
  "housing",
  "domestic_relations",
  "mental_health",
  "physical_health",
  "substance_use",
  "basic_adl",
  "instrumental_adl",
  "social_network",
  "community_participation",
  "justice",
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const TARGET_GROUPS = ["elderly", "youth", "families", "newcomers", "carers", "disability", "everyone"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The target groups a household's record can tell (matching.server.ts): nothing says who is a carer. */
export const HOUSEHOLD_TARGET_GROUPS = ["families", "youth", "elderly", "disability", "newcomers"] as const satisfies readonly TargetGroup[];
export type HouseholdTargetGroup = (typeof HOUSEHOLD_TARGET_GROUPS)[number];

/** ZRM 2017: 1 acute, 2 not self-reliant, 3 limited, 4 sufficient, 5 fully self-reliant. */
export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;
export type ZrmScore = (typeof ZRM_SCORES)[number];
export const NEED_THRESHOLD = 3;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const INITIATIVE_KINDS = ["activity", "service", "volunteers"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ["draft", "submitted", "published", "paused", "archived"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const ORGANISATION_KINDS = ["citizen_initiative", "welfare", "volunteer_organisation", "club", "church", "foundation", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_ROLES = ["owner", "editor"] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const TEAM_ROLES = ["member", "lead"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Languages offered in listings and households (ISO 639-1). */
export const LANGUAGES = ["nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "es", "fr", "de", "ber"] as const;
export type Language = (typeof LANGUAGES)[number];

export const AGE_BANDS = ["0-3", "4-11", "12-17", "18-23"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const BUDGETS = ["none", "low", "flexible"] as const;
export type Budget = (typeof BUDGETS)[number];

export const MOBILITY = ["walks", "bike", "public_transport", "car", "limited"] as const;
export type Mobility = (typeof MOBILITY)[number];

export const PLAN_ACTION_OWNERS = ["household", "network", "initiative", "professional"] as const;
export type PlanActionOwner = (typeof PLAN_ACTION_OWNERS)[number];

export const REFERRAL_STATUSES = [
  "draft",
  "sent",
  "accepted",
  "waitlisted",
  "declined",
  "withdrawn",
  "started",
  "could_not_contact",
  "completed",
  "stopped",
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const DECLINE_REASONS = ["no_capacity", "not_eligible", "not_suitable", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Why a coordinator erases a household at once; a fixed list, so the audit row holds no personal data. */
export const ERASE_REASONS = ["household_request", "registered_in_error", "left_municipality", "no_longer_client"] as const;
export type EraseReason = (typeof ERASE_REASONS)[number];

export const CONTACT_PREFERENCES = ["phone", "email", "via_consultant"] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export const COLLECTIVE_NEED_STATUSES = ["draft", "open", "in_progress", "answered", "closed"] as const;
export type CollectiveNeedStatus = (typeof COLLECTIVE_NEED_STATUSES)[number];

export const CHECKLIST_KINDS = ["organiser", "volunteers", "venue", "funding", "expertise"] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export const SUPPORT_KINDS = ["need_too", "support"] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const DAY_PARTS = ["morning", "afternoon", "evening"] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export const APPLICATION_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A resident's answer to an organisation's invitation to help. */
export const INVITE_ANSWERS = ["accepted", "declined"] as const;
export type InviteAnswer = (typeof INVITE_ANSWERS)[number];

/** Public statistics below this count are shown as "fewer than 5". */
export const PUBLIC_COUNT_THRESHOLD = 5;
