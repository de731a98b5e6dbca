CREATE TABLE `erased_evidence` (
	`collective_need_id` integer NOT NULL,
	`token` text NOT NULL,
	PRIMARY KEY(`collective_need_id`, `token`),
	FOREIGN KEY (`collective_need_id`) REFERENCES `collective_needs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `erased_need_counts` (
	`month` text NOT NULL,
	`team_id` integer NOT NULL,
	`neighbourhood_id` integer NOT NULL,
	`domain` text NOT NULL,
	`status` text NOT NULL,
	`needs` integer NOT NULL,
	PRIMARY KEY(`month`, `team_id`, `neighbourhood_id`, `domain`, `status`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `erased_referral_counts` (
	`month` text NOT NULL,
	`team_id` integer NOT NULL,
	`initiative_id` integer NOT NULL,
	`status` text NOT NULL,
	`decline_reason` text NOT NULL,
	`referrals` integer NOT NULL,
	PRIMARY KEY(`month`, `team_id`, `initiative_id`, `status`, `decline_reason`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
