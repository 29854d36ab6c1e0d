-- Issue 15 §2–§3: a letter's extension (docs/rules.md#R63), its rejection (R64) and its voiding (R65). due_date stays
-- the date the reply is due, so lists and the overdue order need no change; original_due_date keeps the 3-working-day
-- date once a letter is extended. Letters before this migration have none of these.
ALTER TABLE incoming_letter ADD COLUMN original_due_date DATE;
ALTER TABLE incoming_letter ADD COLUMN extension_reason VARCHAR(500);
ALTER TABLE incoming_letter ADD COLUMN extension_contacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incoming_letter ADD COLUMN extension_contact_person VARCHAR(50);
ALTER TABLE incoming_letter ADD COLUMN extension_contact_channel VARCHAR(20);
ALTER TABLE incoming_letter ADD COLUMN extended_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN extended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incoming_letter ADD COLUMN rejection_reason VARCHAR(30);
ALTER TABLE incoming_letter ADD COLUMN rejection_note VARCHAR(500);
ALTER TABLE incoming_letter ADD COLUMN rejected_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN rejected_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incoming_letter ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE incoming_letter ADD COLUMN voided_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN voided_at TIMESTAMP WITH TIME ZONE;
