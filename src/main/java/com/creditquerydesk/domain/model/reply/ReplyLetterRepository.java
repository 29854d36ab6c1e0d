package com.creditquerydesk.domain.model.reply;

import java.util.Optional;

public interface ReplyLetterRepository {

    Optional<ReplyLetter> find(String letterId);

    Optional<ReplyLetter> findByVerificationCode(String code);

    void store(ReplyLetter reply);
}
