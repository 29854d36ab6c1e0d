package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.domain.model.ledger.LedgerSettings;
import com.creditquerydesk.domain.model.ledger.IdMask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 核查登记表's settings: {@code cqd.ledger.filing-working-days} (CQD_LEDGER_FILING_WORKING_DAYS, default 7) and
 * {@code cqd.ledger.id-mask} (CQD_LEDGER_ID_MASK, default 6+4) (docs/rules.md#R77).
 */
@ApplicationScoped
public class LedgerConfig implements LedgerSettings {

    @Inject
    @ConfigProperty(name = "cqd.ledger.filing-working-days", defaultValue = "7")
    int filingWorkingDays;

    @Inject
    @ConfigProperty(name = "cqd.ledger.id-mask", defaultValue = "6+4")
    String idMask;

    @Override
    public int filingWorkingDays() {
        return filingWorkingDays;
    }

    @Override
    public IdMask idMask() {
        return IdMask.parse(idMask);
    }
}
