package com.creditquerydesk.domain.model.followup;

import java.util.List;
import java.util.Optional;

public interface FollowUpLetterRepository {

    Optional<FollowUpLetter> find(String id);

    /** The 更正函 of an objection, if one was drafted. */
    Optional<FollowUpLetter> findByObjection(String objectionId);

    /** A letter's 更正函 and 不予受理告知, the first drafted first. */
    List<FollowUpLetter> findByLetter(String letterId);

    Optional<FollowUpLetter> findByVerificationCode(String code);

    /** The ones not yet signed, the first drafted first (the reviewers' and the officer's lists). */
    List<FollowUpLetter> findUnsigned();

    void store(FollowUpLetter letter);
}
