package com.creditquerydesk.domain.model.spotcheck;

import java.util.List;
import java.util.Optional;

public interface SpotCheckRepository {

    Optional<SpotCheck> find(String id);

    /** Newest first. */
    List<SpotCheck> recent(int limit);

    void store(SpotCheck check);
}
