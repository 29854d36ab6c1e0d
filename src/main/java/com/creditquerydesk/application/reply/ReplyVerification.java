package com.creditquerydesk.application.reply;

import com.creditquerydesk.domain.model.followup.FollowUpLetter;
import com.creditquerydesk.domain.model.followup.FollowUpLetterRepository;
import com.creditquerydesk.domain.model.followup.FollowUpStatus;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Anyone holding a signed reply, 更正函 or 不予受理告知 checks it against the centre's record, without logging in
 * (docs/rules.md#R18); a reply corrected since says by which 更正函, and the 更正函 which reply it corrects (R89).
 */
@ApplicationScoped
public class ReplyVerification {

    @Inject
    ReplyLetterRepository replies;

    @Inject
    FollowUpLetterRepository followUps;

    @Inject
    ReplyInputs inputs;

    /** Another signed letter's number and the code of its verification page. */
    public record Link(String number, String code) {
    }

    /**
     * The public record of a signed letter: what it is (复函, 更正函, 不予受理告知), number, time, requesting unit, SHA-256;
     * never a candidate's data.
     */
    public record Verified(String title, String number, Instant signedAt, String requestingUnit, String sha256,
                           List<Link> correctedBy, Optional<Link> corrects) {
    }

    @Transactional
    public Optional<Verified> verification(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        Optional<Verified> reply = replies.findByVerificationCode(c).filter(r -> r.status() == ReplyLetter.Status.SIGNED)
                .map(r -> new Verified("复函", r.replyNumber(), r.signedAt(), unit(r.letterId()), r.signedPdfSha256(),
                        corrections(r), Optional.empty()));
        return reply.or(() -> followUps.findByVerificationCode(c).filter(f -> f.status() == FollowUpStatus.SIGNED)
                .map(f -> new Verified(FollowUpLetters.title(f), f.replyNumber(), f.signedAt(), unit(f.letterId()),
                        f.signedPdfSha256(), List.of(), Optional.ofNullable(f.correctsNumber()).flatMap(n -> replies
                        .find(f.letterId()).map(r -> new Link(r.replyNumber(), r.verificationCode()))))));
    }

    /** The signed 更正函 of the reply, the first signed first. */
    private List<Link> corrections(ReplyLetter reply) {
        return followUps.findByLetter(reply.letterId()).stream()
                .filter(f -> f.status() == FollowUpStatus.SIGNED && reply.replyNumber().equals(f.correctsNumber()))
                .sorted(java.util.Comparator.comparing(FollowUpLetter::signedAt))
                .map(f -> new Link(f.replyNumber(), f.verificationCode())).toList();
    }

    private String unit(String letterId) {
        return inputs.letter(letterId).requestingUnit();
    }
}
