-- Each need carries its household's team and wijk (decision 009), so the insights pages count
-- needs per team and wijk from an index instead of visiting every household. Triggers keep the
-- copy in step wherever a need is added or a household or postcode moves.
UPDATE `needs` SET
  `team_id` = (SELECT h.team_id FROM households h WHERE h.id = needs.household_id),
  `neighbourhood_id` = (SELECT p.neighbourhood_id FROM households h JOIN postcodes p ON p.pc4 = h.pc4 WHERE h.id = needs.household_id);
--> statement-breakpoint
CREATE TRIGGER `needs_placement_insert` AFTER INSERT ON `needs` BEGIN
  UPDATE needs SET
    team_id = (SELECT h.team_id FROM households h WHERE h.id = new.household_id),
    neighbourhood_id = (SELECT p.neighbourhood_id FROM households h JOIN postcodes p ON p.pc4 = h.pc4 WHERE h.id = new.household_id)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_placement_household_moves` AFTER UPDATE OF team_id, pc4 ON `households` BEGIN
  UPDATE needs SET
    team_id = new.team_id,
    neighbourhood_id = (SELECT p.neighbourhood_id FROM postcodes p WHERE p.pc4 = new.pc4)
  WHERE household_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `needs_placement_postcode_moves` AFTER UPDATE OF neighbourhood_id ON `postcodes` BEGIN
  UPDATE needs SET neighbourhood_id = new.neighbourhood_id
  WHERE household_id IN (SELECT id FROM households WHERE pc4 = new.pc4);
END;
