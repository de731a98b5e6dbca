-- A sign-up changes the free places every visitor page shows, so it raises the content version
-- like the referrals do (decision 018).
CREATE TRIGGER `content_version_participations_insert` AFTER INSERT ON `participations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_participations_update` AFTER UPDATE ON `participations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_version_participations_delete` AFTER DELETE ON `participations` BEGIN
  UPDATE content_version SET version = version + 1;
END;
