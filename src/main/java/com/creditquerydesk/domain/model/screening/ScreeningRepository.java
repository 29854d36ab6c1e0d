package com.creditquerydesk.domain.model.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ScreeningRepository {

    Optional<Screening> find(String letterId);

    void store(Screening screening);

    /** The screenings run in [from, to), oldest first (the 核查登记表 of a period, docs/rules.md#R77). */
    List<Screening> screenedBetween(Instant from, Instant to);
}
