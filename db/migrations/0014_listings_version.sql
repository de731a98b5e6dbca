-- The listings version (decision 014): raised by every write to a listing or to the rows the matching
-- reads beside it, so the matching's cache of published listings knows in one read, exactly and at
-- once, whether it is still current. Its writers need not remember to touch `updated_at`.
CREATE TABLE `listings_version` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `listings_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_insert` AFTER INSERT ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_update` AFTER UPDATE ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_delete` AFTER DELETE ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_domains_insert` AFTER INSERT ON `initiative_domains` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_domains_update` AFTER UPDATE ON `initiative_domains` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_domains_delete` AFTER DELETE ON `initiative_domains` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_target_groups_insert` AFTER INSERT ON `initiative_target_groups` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_target_groups_update` AFTER UPDATE ON `initiative_target_groups` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_target_groups_delete` AFTER DELETE ON `initiative_target_groups` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_languages_insert` AFTER INSERT ON `initiative_languages` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_languages_update` AFTER UPDATE ON `initiative_languages` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_initiative_languages_delete` AFTER DELETE ON `initiative_languages` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_schedule_slots_insert` AFTER INSERT ON `schedule_slots` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_schedule_slots_update` AFTER UPDATE ON `schedule_slots` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_schedule_slots_delete` AFTER DELETE ON `schedule_slots` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
--> statement-breakpoint
-- The places version: raised by every write to a referral or a sign-up, the rows that hold places.
CREATE TABLE `places_version` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `places_version` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `places_version_referrals_insert` AFTER INSERT ON `referrals` BEGIN
  UPDATE places_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `places_version_referrals_update` AFTER UPDATE ON `referrals` BEGIN
  UPDATE places_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `places_version_referrals_delete` AFTER DELETE ON `referrals` BEGIN
  UPDATE places_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `places_version_participations_insert` AFTER INSERT ON `participations` BEGIN
  UPDATE places_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `places_version_participations_update` AFTER UPDATE ON `participations` BEGIN
  UPDATE places_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `places_version_participations_delete` AFTER DELETE ON `participations` BEGIN
  UPDATE places_version SET version = version + 1;
END;
