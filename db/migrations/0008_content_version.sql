-- The content version (decision 018): one number that every write which can change a public page
-- raises, so the rendered-response cache knows in one read whether a stored page may still be
-- served. Every table outside the list in app/utils/page-cache/content-version.server.ts
-- (workspace-only, log and session tables) has an insert, update and delete trigger; a test checks
-- that no table is forgotten when tables are added.
CREATE TABLE `content_version` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `content_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `content_version_checklist_items_insert` AFTER INSERT ON `checklist_items` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_checklist_items_update` AFTER UPDATE ON `checklist_items` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_checklist_items_delete` AFTER DELETE ON `checklist_items` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_evidence_insert` AFTER INSERT ON `collective_need_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_evidence_update` AFTER UPDATE ON `collective_need_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_evidence_delete` AFTER DELETE ON `collective_need_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_followers_insert` AFTER INSERT ON `collective_need_followers` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_followers_update` AFTER UPDATE ON `collective_need_followers` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_followers_delete` AFTER DELETE ON `collective_need_followers` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_updates_insert` AFTER INSERT ON `collective_need_updates` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_updates_update` AFTER UPDATE ON `collective_need_updates` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_need_updates_delete` AFTER DELETE ON `collective_need_updates` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_needs_insert` AFTER INSERT ON `collective_needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_needs_update` AFTER UPDATE ON `collective_needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_collective_needs_delete` AFTER DELETE ON `collective_needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_evidence_insert` AFTER INSERT ON `erased_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_evidence_update` AFTER UPDATE ON `erased_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_evidence_delete` AFTER DELETE ON `erased_evidence` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_need_counts_insert` AFTER INSERT ON `erased_need_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_need_counts_update` AFTER UPDATE ON `erased_need_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_need_counts_delete` AFTER DELETE ON `erased_need_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_referral_counts_insert` AFTER INSERT ON `erased_referral_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_referral_counts_update` AFTER UPDATE ON `erased_referral_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_erased_referral_counts_delete` AFTER DELETE ON `erased_referral_counts` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_helper_profiles_insert` AFTER INSERT ON `helper_profiles` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_helper_profiles_update` AFTER UPDATE ON `helper_profiles` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_helper_profiles_delete` AFTER DELETE ON `helper_profiles` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_domains_insert` AFTER INSERT ON `initiative_domains` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_domains_update` AFTER UPDATE ON `initiative_domains` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_domains_delete` AFTER DELETE ON `initiative_domains` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_languages_insert` AFTER INSERT ON `initiative_languages` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_languages_update` AFTER UPDATE ON `initiative_languages` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_languages_delete` AFTER DELETE ON `initiative_languages` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_target_groups_insert` AFTER INSERT ON `initiative_target_groups` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_target_groups_update` AFTER UPDATE ON `initiative_target_groups` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiative_target_groups_delete` AFTER DELETE ON `initiative_target_groups` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiatives_insert` AFTER INSERT ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiatives_update` AFTER UPDATE ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_initiatives_delete` AFTER DELETE ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_needs_insert` AFTER INSERT ON `needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_needs_update` AFTER UPDATE ON `needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_needs_delete` AFTER DELETE ON `needs` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_neighbourhoods_insert` AFTER INSERT ON `neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_neighbourhoods_update` AFTER UPDATE ON `neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_neighbourhoods_delete` AFTER DELETE ON `neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisation_members_insert` AFTER INSERT ON `organisation_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisation_members_update` AFTER UPDATE ON `organisation_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisation_members_delete` AFTER DELETE ON `organisation_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisations_insert` AFTER INSERT ON `organisations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisations_update` AFTER UPDATE ON `organisations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_organisations_delete` AFTER DELETE ON `organisations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_pledges_insert` AFTER INSERT ON `pledges` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_pledges_update` AFTER UPDATE ON `pledges` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_pledges_delete` AFTER DELETE ON `pledges` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_postcodes_insert` AFTER INSERT ON `postcodes` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_postcodes_update` AFTER UPDATE ON `postcodes` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_postcodes_delete` AFTER DELETE ON `postcodes` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_referrals_insert` AFTER INSERT ON `referrals` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_referrals_update` AFTER UPDATE ON `referrals` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_referrals_delete` AFTER DELETE ON `referrals` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_schedule_slots_insert` AFTER INSERT ON `schedule_slots` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_schedule_slots_update` AFTER UPDATE ON `schedule_slots` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_schedule_slots_delete` AFTER DELETE ON `schedule_slots` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_site_content_insert` AFTER INSERT ON `site_content` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_site_content_update` AFTER UPDATE ON `site_content` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_site_content_delete` AFTER DELETE ON `site_content` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_supports_insert` AFTER INSERT ON `supports` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_supports_update` AFTER UPDATE ON `supports` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_supports_delete` AFTER DELETE ON `supports` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_members_insert` AFTER INSERT ON `team_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_members_update` AFTER UPDATE ON `team_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_members_delete` AFTER DELETE ON `team_members` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_neighbourhoods_insert` AFTER INSERT ON `team_neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_neighbourhoods_update` AFTER UPDATE ON `team_neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_team_neighbourhoods_delete` AFTER DELETE ON `team_neighbourhoods` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_teams_insert` AFTER INSERT ON `teams` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_teams_update` AFTER UPDATE ON `teams` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_teams_delete` AFTER DELETE ON `teams` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_users_insert` AFTER INSERT ON `users` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_users_update` AFTER UPDATE ON `users` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_users_delete` AFTER DELETE ON `users` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_volunteer_applications_insert` AFTER INSERT ON `volunteer_applications` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_volunteer_applications_update` AFTER UPDATE ON `volunteer_applications` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_volunteer_applications_delete` AFTER DELETE ON `volunteer_applications` BEGIN
  UPDATE content_version SET version = version + 1;
END;
