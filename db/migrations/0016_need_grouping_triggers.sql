-- Each need carries its household's one target group for counting and whether the household is
-- closed (decision 020), so unmet needs are counted per wijk × life domain × target group from an
-- index. The view holds the rule once: the same as primaryTargetGroup in
-- app/models/matching.server.ts (a test compares them). Triggers keep the copy in step wherever a
-- need is added or a household or its children change.
CREATE VIEW `household_grouping` AS
SELECT h.id AS household_id,
  CASE
    WHEN EXISTS (SELECT 1 FROM household_children c WHERE c.household_id = h.id AND c.age_band IN ('0-3', '4-11')) THEN 'families'
    WHEN EXISTS (SELECT 1 FROM household_children c WHERE c.household_id = h.id) THEN 'youth'
    WHEN h.has_older_adult = 1 THEN 'elderly'
    WHEN h.needs_wheelchair_access = 1 OR h.needs_hearing_loop = 1 OR h.mobility = 'limited' THEN 'disability'
    WHEN h.languages <> '[]' AND NOT EXISTS (SELECT 1 FROM json_each(h.languages) WHERE value = 'nl') THEN 'newcomers'
    ELSE 'everyone'
  END AS target_group,
  h.closed_at IS NOT NULL AS closed
FROM households h;
--> statement-breakpoint
UPDATE `needs` SET
  `target_group` = (SELECT g.target_group FROM household_grouping g WHERE g.household_id = needs.household_id),
  `household_closed` = coalesce((SELECT g.closed FROM household_grouping g WHERE g.household_id = needs.household_id), 0);
--> statement-breakpoint
CREATE TRIGGER `needs_grouping_insert` AFTER INSERT ON `needs` BEGIN
  UPDATE needs SET
    target_group = (SELECT g.target_group FROM household_grouping g WHERE g.household_id = new.household_id),
    household_closed = coalesce((SELECT g.closed FROM household_grouping g WHERE g.household_id = new.household_id), 0)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_grouping_household_changes` AFTER UPDATE OF has_older_adult, needs_wheelchair_access, needs_hearing_loop, mobility, languages, closed_at ON `households` BEGIN
  UPDATE needs SET
    target_group = (SELECT g.target_group FROM household_grouping g WHERE g.household_id = new.id),
    household_closed = new.closed_at IS NOT NULL
  WHERE household_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_grouping_child_added` AFTER INSERT ON `household_children` BEGIN
  UPDATE needs SET target_group = (SELECT g.target_group FROM household_grouping g WHERE g.household_id = new.household_id)
  WHERE household_id = new.household_id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_grouping_child_removed` AFTER DELETE ON `household_children` BEGIN
  UPDATE needs SET target_group = (SELECT g.target_group FROM household_grouping g WHERE g.household_id = old.household_id)
  WHERE household_id = old.household_id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_grouping_child_changed` AFTER UPDATE ON `household_children` BEGIN
  UPDATE needs SET target_group = (SELECT g.target_group FROM household_grouping g WHERE g.household_id IN (old.household_id, new.household_id) AND g.household_id = needs.household_id)
  WHERE household_id IN (old.household_id, new.household_id);
END;
