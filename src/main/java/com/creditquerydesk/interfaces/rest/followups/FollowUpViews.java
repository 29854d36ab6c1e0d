package com.creditquerydesk.interfaces.rest.followups;

import com.creditquerydesk.application.reply.FollowUpLetters;
import com.creditquerydesk.application.reply.FollowUpLetters.Details;
import com.creditquerydesk.domain.model.followup.FollowUpLetter;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** The JSON of a 更正函 or 不予受理告知, shared by the resources that answer one. */
@ApplicationScoped
public class FollowUpViews {

    @Inject
    UserRepository users;

    /** Who took a step: {"username","displayName"}. */
    public record ActorView(String username, String displayName) {
    }

    public record CandidateView(int serial, String name, String idNumber, String result, List<HitRecordRef> records) {
    }

    public record FollowUpView(String id, String kind, String kindLabel, String letterId, String objectionId,
                               String corrects, String status, String statusLabel, boolean awaitsReview,
                               boolean awaitsSignOff, ActorView draftedBy, Instant draftedAt, ActorView reviewedBy,
                               Instant reviewedAt, String number, ActorView signedBy, Instant signedAt,
                               String verificationCode, String sha256, List<CandidateView> candidates) {
    }

    FollowUpView view(Details d) {
        FollowUpLetter f = d.letter();
        return new FollowUpView(f.id(), f.kind().name(), FollowUpLetters.title(f), f.letterId(), f.objectionId(),
                f.correctsNumber(), f.status().name(), f.status().label(), f.awaitsReview(), f.awaitsSignOff(),
                actor(f.draftedBy()), f.draftedAt(), actor(f.reviewedBy()), f.reviewedAt(), f.replyNumber(),
                actor(f.signedBy()), f.signedAt(), f.verificationCode(), f.signedPdfSha256(),
                d.rows().stream().map(FollowUpViews::candidate).toList());
    }

    private ActorView actor(String username) {
        return username == null ? null : new ActorView(username, users.findByUsername(username).map(User::displayName)
                .orElse(username));
    }

    private static CandidateView candidate(ReplyRow r) {
        return new CandidateView(r.serial(), r.name(), r.idNumber().masked(), r.result(), r.records());
    }
}
