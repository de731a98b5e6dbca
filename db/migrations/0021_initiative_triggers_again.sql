-- 0020 rebuilt `initiatives` (SQLite cannot drop NOT NULL in place), and dropping a table drops
-- every trigger on it. These are the triggers `initiatives` had after 0018, unchanged: full-text
-- search (0001), content_version (0008, decision 014) and listings_version (0014, decision 018);
-- and the full-text trigger on `organisations` that 0019 set aside for the rebuild.
-- db/initiative-rebuild.test.ts checks the set against a database built up to 0018.
CREATE TRIGGER `content_version_initiatives_delete` AFTER DELETE ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;--> statement-breakpoint
CREATE TRIGGER `content_version_initiatives_insert` AFTER INSERT ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;--> statement-breakpoint
CREATE TRIGGER `content_version_initiatives_update` AFTER UPDATE ON `initiatives` BEGIN
  UPDATE content_version SET version = version + 1;
END;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_delete` AFTER DELETE ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_insert` AFTER INSERT ON `initiatives` BEGIN
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  VALUES (new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags);
END;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_organisation_rename` AFTER UPDATE OF name ON `organisations` BEGIN
  UPDATE initiatives_fts SET organisation = new.name
  WHERE rowid IN (SELECT id FROM initiatives WHERE organisation_id = new.id);
END;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_update` AFTER UPDATE OF title, summary, description, tags, organisation_id ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  VALUES (new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags);
END;--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_delete` AFTER DELETE ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_insert` AFTER INSERT ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;--> statement-breakpoint
CREATE TRIGGER `listings_version_initiatives_update` AFTER UPDATE ON `initiatives` BEGIN
  UPDATE listings_version SET version = version + 1;
END;
