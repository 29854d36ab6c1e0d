-- Who did each step of a letter's path (verified_by, who confirmed, is older): the separation of duties
-- between the steps is checked against these. Letters handled before this migration leave them empty.
ALTER TABLE incoming_letter ADD COLUMN corrected_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN screened_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN reviewed_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN drafted_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN signed_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN dispatched_by VARCHAR(40);
