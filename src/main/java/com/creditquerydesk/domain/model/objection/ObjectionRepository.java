package com.creditquerydesk.domain.model.objection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ObjectionRepository {

    Optional<Objection> find(String id);

    /** A letter's objections, the first opened first. */
    List<Objection> findByLetter(String letterId);

    /** The objections with a hop still to close (a 工作台 lists those at the centre's hop). */
    List<Objection> findOpen();

    /** The objections registered from {@code from} (included) to {@code until} (excluded), the first first. */
    List<Objection> openedBetween(Instant from, Instant until);

    void store(Objection objection);
}
