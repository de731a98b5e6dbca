/** Households of a wijkteam: the domain's public face. */
export { CASELOAD_LIMIT, type CaseloadFilters, type CaseloadRow, listCaseload, listMyTeams, type MyTeam } from "./caseload.server";
export { createHousehold, getHouseholdProfile, reassignHousehold, updateHousehold } from "./record.server";
export { getHousehold, type HouseholdView, type TimelineEntry } from "./view.server";
