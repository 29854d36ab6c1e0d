package com.creditquerydesk.interfaces.rest.settings;

import com.creditquerydesk.application.screening.ReviewPhraseService;
import com.creditquerydesk.domain.model.screening.ReviewPhrases;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** 常用意见 for the reviewer's note: {"phrases": ["…"]}, read by reviewers, replaced by the system administrator (docs/rules.md#R103). */
@Path("/settings/review-phrases")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewPhraseResource {

    @Inject
    ReviewPhraseService phrases;

    @Inject
    CurrentActor current;

    public record PhraseList(List<String> phrases) {
        static PhraseList of(ReviewPhrases p) {
            return new PhraseList(p.phrases());
        }
    }

    @GET
    @Allowed({Role.REVIEWER, Role.ADMINISTRATOR})
    public PhraseList get() {
        return PhraseList.of(phrases.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public PhraseList replace(PhraseList body) {
        return PhraseList.of(phrases.replace(current.get(), body == null ? null : body.phrases()));
    }
}
