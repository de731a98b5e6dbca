-- The full-text index holds published listings only (decision 027): the directory and the open
-- data search nothing else, and a text search without other filters can then count and rank
-- inside the index, without joining every match to `initiatives`. A listing enters the index
-- when it is published and leaves it when it is paused, archived or sent back; the other
-- triggers of 0001/0021 (delete, organisation rename) stay as they are.
DROP TRIGGER `initiatives_fts_insert`;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_insert` AFTER INSERT ON `initiatives` WHEN new.status = 'published' BEGIN
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  VALUES (new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags);
END;--> statement-breakpoint
DROP TRIGGER `initiatives_fts_update`;--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_update` AFTER UPDATE OF title, summary, description, tags, organisation_id, status ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  SELECT new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags
  WHERE new.status = 'published';
END;--> statement-breakpoint
DELETE FROM initiatives_fts WHERE rowid NOT IN (SELECT id FROM initiatives WHERE status = 'published');--> statement-breakpoint
-- Merges the index into one segment, dropping what the deletes left behind.
INSERT INTO initiatives_fts(initiatives_fts) VALUES ('optimize');
