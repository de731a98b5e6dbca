ALTER TABLE `users` ADD `is_policy_advisor` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `needs_created_idx` ON `needs` (`created_at`,`household_id`);--> statement-breakpoint
CREATE INDEX `needs_unmet_at_idx` ON `needs` (`unmet_at`,`household_id`,`domain`);--> statement-breakpoint
CREATE INDEX `referrals_sent_idx` ON `referrals` (`sent_at`);