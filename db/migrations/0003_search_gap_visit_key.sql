ALTER TABLE `search_gaps` ADD `visit_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `search_gaps_visitKey_unique` ON `search_gaps` (`visit_key`);