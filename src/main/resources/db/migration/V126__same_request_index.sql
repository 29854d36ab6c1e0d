-- A letter read by itself lists the other letters of its unit under its 文号 (docs/rules.md#R73).
CREATE INDEX incoming_letter_request ON incoming_letter (requesting_unit, doc_number);
