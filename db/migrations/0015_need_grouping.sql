DROP INDEX `needs_household_idx`;--> statement-breakpoint
ALTER TABLE `needs` ADD `target_group` text;--> statement-breakpoint
ALTER TABLE `needs` ADD `household_closed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `needs_household_status_idx` ON `needs` (`household_id`,`status`);--> statement-breakpoint
CREATE INDEX `needs_unmet_groups_idx` ON `needs` (`status`,`household_closed`,`neighbourhood_id`,`domain`,`target_group`,`household_id`);--> statement-breakpoint
CREATE INDEX `needs_team_groups_idx` ON `needs` (`team_id`,`status`,`household_closed`,`neighbourhood_id`,`domain`,`target_group`,`household_id`);