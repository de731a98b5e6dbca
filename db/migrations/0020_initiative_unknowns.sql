PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_initiatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`public_id` text,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`moderation_note` text,
	`tags` text DEFAULT '' NOT NULL,
	`is_online` integer DEFAULT false NOT NULL,
	`address` text,
	`postcode` text,
	`neighbourhood_id` integer,
	`lat` real,
	`lng` real,
	`is_free` integer,
	`cost_note` text,
	`what_to_bring` text,
	`capacity` integer,
	`participants_outside_referrals` integer DEFAULT 0 NOT NULL,
	`min_age` integer,
	`max_age` integer,
	`accepts_referrals` integer DEFAULT false NOT NULL,
	`taking_part` text DEFAULT 'sign_up' NOT NULL,
	`sign_up_in_site` integer DEFAULT false NOT NULL,
	`wheelchair_accessible` integer,
	`hearing_loop` integer DEFAULT false NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`website` text,
	`collective_need_id` integer,
	`last_confirmed_at` integer NOT NULL,
	`published_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_initiatives`("id", "slug", "public_id", "organisation_id", "title", "summary", "description", "kind", "status", "moderation_note", "tags", "is_online", "address", "postcode", "neighbourhood_id", "lat", "lng", "is_free", "cost_note", "what_to_bring", "capacity", "participants_outside_referrals", "min_age", "max_age", "accepts_referrals", "taking_part", "sign_up_in_site", "wheelchair_accessible", "hearing_loop", "contact_name", "contact_email", "contact_phone", "website", "collective_need_id", "last_confirmed_at", "published_at", "created_by", "created_at", "updated_at") SELECT "id", "slug", "public_id", "organisation_id", "title", "summary", "description", "kind", "status", "moderation_note", "tags", "is_online", "address", "postcode", "neighbourhood_id", "lat", "lng", "is_free", "cost_note", "what_to_bring", "capacity", "participants_outside_referrals", "min_age", "max_age", "accepts_referrals", "taking_part", "sign_up_in_site", "wheelchair_accessible", "hearing_loop", "contact_name", "contact_email", "contact_phone", "website", "collective_need_id", "last_confirmed_at", "published_at", "created_by", "created_at", "updated_at" FROM `initiatives`;--> statement-breakpoint
DROP TABLE `initiatives`;--> statement-breakpoint
ALTER TABLE `__new_initiatives` RENAME TO `initiatives`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_slug_unique` ON `initiatives` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_publicId_unique` ON `initiatives` (`public_id`);--> statement-breakpoint
CREATE INDEX `initiatives_directory_idx` ON `initiatives` (`status`,`published_at`,`kind`,`is_free`,`wheelchair_accessible`,`hearing_loop`,`accepts_referrals`,`is_online`,`neighbourhood_id`,`lat`,`lng`);--> statement-breakpoint
CREATE INDEX `initiatives_org_idx` ON `initiatives` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `initiatives_neighbourhood_idx` ON `initiatives` (`neighbourhood_id`);--> statement-breakpoint
CREATE INDEX `initiatives_insights_idx` ON `initiatives` (`status`,`neighbourhood_id`,`last_confirmed_at`,`capacity`,`participants_outside_referrals`);