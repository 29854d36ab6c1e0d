package com.creditquerydesk.application.screening;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.screening.ReviewPhraseRepository;
import com.creditquerydesk.domain.model.screening.ReviewPhrases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** 常用意见: read by the reviewers, kept by the system administrator (docs/rules.md#R103). */
@ApplicationScoped
public class ReviewPhraseService {

    private static final int DETAIL_MAX = 3_000;

    @Inject
    ReviewPhraseRepository phrases;

    @Inject
    AuditService audit;

    @Transactional
    public ReviewPhrases get() {
        return phrases.all();
    }

    @Transactional
    public ReviewPhrases replace(Actor actor, List<String> list) {
        ReviewPhrases next = new ReviewPhrases(list);
        phrases.replace(next);
        String text = String.join("；", next.phrases());
        // The trail's detail holds 4,000 characters; 30 phrases of 200 could pass it.
        audit.record(actor, AuditAction.REVIEW_PHRASES_CHANGED, null, "常用复核意见改为 " + next.phrases().size() + " 条："
                + (text.length() > DETAIL_MAX ? text.substring(0, DETAIL_MAX) + "…" : text));
        return next;
    }
}
