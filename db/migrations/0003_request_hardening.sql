CREATE TABLE `login_throttles` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`last_failure_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
ALTER TABLE `search_gaps` ADD `visit_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `search_gaps_visitKey_unique` ON `search_gaps` (`visit_key`);