CREATE TABLE `participations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`removal_message` text,
	`signed_up_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participations_user_idx` ON `participations` (`user_id`,`status`);--> statement-breakpoint
CREATE INDEX `participations_places_idx` ON `participations` (`initiative_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `participations_initiative_user_unique` ON `participations` (`initiative_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `taking_part` text DEFAULT 'sign_up' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `sign_up_in_site` integer DEFAULT false NOT NULL;