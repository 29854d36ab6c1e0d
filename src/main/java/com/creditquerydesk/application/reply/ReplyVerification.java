package com.creditquerydesk.application.reply;

import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Anyone holding a reply checks it against the centre's record, without logging in (docs/rules.md#R18). */
@ApplicationScoped
public class ReplyVerification {

    @Inject
    ReplyLetterRepository replies;

    @Inject
    ReplyInputs inputs;

    /** The public record of a signed reply: number, date, requesting unit, SHA-256; never a candidate's data. */
    public record ReplyView(ReplyLetter reply, String requestingUnit) {
    }

    public Optional<ReplyView> verification(String code) {
        return replies.findByVerificationCode(code == null ? "" : code.strip().toUpperCase())
                .map(r -> new ReplyView(r, inputs.letter(r.letterId()).requestingUnit()));
    }
}
