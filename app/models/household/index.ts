/** Households of a wijkteam: the domain's public face. */
export { CASELOAD_PAGE_SIZE, type CaseloadFilters, type CaseloadRow, listCaseload, listMyTeams, type MyTeam } from "./caseload.server";
export { createHousehold, getHouseholdProfile, reassignHousehold, updateHousehold } from "./record.server";
export { getHousehold, type HouseholdView, type TimelineEntry } from "./view.server";
