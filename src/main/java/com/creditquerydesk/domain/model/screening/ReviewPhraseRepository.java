package com.creditquerydesk.domain.model.screening;

/** Where the 常用意见 are kept (docs/rules.md#R103). */
public interface ReviewPhraseRepository {

    ReviewPhrases all();

    /** Replaces every phrase by these, in their order. */
    void replace(ReviewPhrases phrases);
}
