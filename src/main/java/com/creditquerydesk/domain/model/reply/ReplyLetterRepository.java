package com.creditquerydesk.domain.model.reply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ReplyLetterRepository {

    Optional<ReplyLetter> find(String letterId);

    Optional<ReplyLetter> findByVerificationCode(String code);

    void store(ReplyLetter reply);

    /** The replies signed in [from, to) (the population of a spot check, docs/rules.md#R78). */
    List<ReplyLetter> signedBetween(Instant from, Instant to);
}
