/** The public face of collective needs: routes, other models and tests import from here. */
export { listOpenNeeds, NEEDS_PER_PAGE, listNeeds, type CollectiveNeedCard, type NeedFilter, type NeedListItem } from "./lists.server";
export {
  neighbourhoodsOfActor as neighbourhoodsOfActor,
  draftCollectiveNeed,
  updateDraft,
  findSimilarNeeds,
  publishCollectiveNeed,
  type ChecklistRow,
  type DraftInput,
  type SimilarNeed,
} from "./drafting.server";
export { supportNeed, withdrawSupport, pledgeToNeed, withdrawPledge, followNeed, unfollowNeed, postUpdate, type PledgeInput } from "./support.server";
export { startActivity, onInitiativePublished, mergeNeeds, closeNeed } from "./lifecycle.server";
export {
  publicEvidence,
  getPublicNeed,
  listMergeTargets,
  organisationsOf,
  listTeamNeeds,
  getTeamNeed,
  findNeedBySlug,
  needBehindActivity,
  NEED_ACTIVITY_PAGE_SIZE,
  type PageInfo,
  type Evidence,
  type ChecklistProgress,
  type PublicPledge,
  type PublicNeed,
  type TeamNeed,
  type TeamNeedDetail,
} from "./reading.server";
export { TEAM_NEED_STATES, type TeamNeedState } from "./statuses";
export { editOpenNeed, type OpenNeedEdit } from "./editing.server";
