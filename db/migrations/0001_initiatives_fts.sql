-- Full-text index of initiatives (DESIGN.md "Directory"): diacritics folded, prefix indexes for
-- search-as-you-type, kept in step with initiatives and organisations by triggers.
CREATE VIRTUAL TABLE `initiatives_fts` USING fts5(
  title, summary, description, organisation, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_insert` AFTER INSERT ON `initiatives` BEGIN
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  VALUES (new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_update` AFTER UPDATE OF title, summary, description, tags, organisation_id ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
  INSERT INTO initiatives_fts(rowid, title, summary, description, organisation, tags)
  VALUES (new.id, new.title, new.summary, new.description,
    (SELECT name FROM organisations WHERE id = new.organisation_id), new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_delete` AFTER DELETE ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_organisation_rename` AFTER UPDATE OF name ON `organisations` BEGIN
  UPDATE initiatives_fts SET organisation = new.name
  WHERE rowid IN (SELECT id FROM initiatives WHERE organisation_id = new.id);
END;
