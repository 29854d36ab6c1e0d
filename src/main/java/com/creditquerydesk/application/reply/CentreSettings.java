package com.creditquerydesk.application.reply;

import com.creditquerydesk.domain.model.reply.ReplyKind;

/** What the reply use cases need to know of the centre that answers: configuration, never code. */
public interface CentreSettings {

    String name();

    /** 机关代字 of the centre's replies: 陕信用函〔2026〕N号. */
    String issuerCode();

    String contact();

    String phone();

    /** The centre's service e-mail, printed on the 联络表 (docs/rules.md#R79); empty when none is configured. */
    String email();

    /** The template of civil-service replies (public-institution requests always get their own). */
    ReplyKind replyKind();
}
