CREATE TABLE `calendar_feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`last_used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_userId_unique` ON `calendar_feeds` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_tokenHash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `public_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_publicId_unique` ON `organisations` (`public_id`);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `public_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_publicId_unique` ON `initiatives` (`public_id`);