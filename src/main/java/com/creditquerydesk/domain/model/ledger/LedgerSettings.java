package com.creditquerydesk.domain.model.ledger;

/** The ledger's settings (configuration, never code): docs/rules.md#R77. */
public interface LedgerSettings {

    /** Working days after the check by which a ledger row is filed (7 by the Huangshi plan). */
    int filingWorkingDays();

    /** How the ledger shows ID numbers (6+4 unless configured). */
    IdMask idMask();
}
