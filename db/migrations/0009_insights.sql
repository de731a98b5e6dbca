DROP INDEX `needs_created_idx`;--> statement-breakpoint
DROP INDEX `needs_unmet_at_idx`;--> statement-breakpoint
ALTER TABLE `needs` ADD `team_id` integer;--> statement-breakpoint
ALTER TABLE `needs` ADD `neighbourhood_id` integer;--> statement-breakpoint
CREATE INDEX `needs_team_created_idx` ON `needs` (`team_id`,`created_at`,`neighbourhood_id`);--> statement-breakpoint
CREATE INDEX `needs_team_unmet_idx` ON `needs` (`team_id`,`unmet_at`,`neighbourhood_id`,`domain`,`household_id`);--> statement-breakpoint
CREATE INDEX `needs_created_idx` ON `needs` (`created_at`,`neighbourhood_id`);--> statement-breakpoint
CREATE INDEX `needs_unmet_at_idx` ON `needs` (`unmet_at`,`neighbourhood_id`,`domain`,`household_id`);--> statement-breakpoint
ALTER TABLE `households` ADD `has_older_adult` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `initiatives_insights_idx` ON `initiatives` (`status`,`neighbourhood_id`,`last_confirmed_at`,`capacity`,`participants_outside_referrals`);