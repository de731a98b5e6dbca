-- The next migration rebuilds `initiatives` (drop the old table, rename the new one into place).
-- SQLite refuses that rename while a trigger on another table still names the dropped table, so
-- this full-text trigger on `organisations` (0001) steps aside; 0021 puts it back unchanged.
DROP TRIGGER `initiatives_fts_organisation_rename`;
