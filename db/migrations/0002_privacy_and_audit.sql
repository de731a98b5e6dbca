DROP INDEX `organisation_invites_token_unique`;--> statement-breakpoint
ALTER TABLE `organisation_invites` ADD `token_hash` text;--> statement-breakpoint
ALTER TABLE `organisation_invites` ADD `expires_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_invites_tokenHash_unique` ON `organisation_invites` (`token_hash`);--> statement-breakpoint
ALTER TABLE `organisation_invites` DROP COLUMN `token`;--> statement-breakpoint
ALTER TABLE `notifications` ADD `about_user_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor_label` text DEFAULT '' NOT NULL;