package com.creditquerydesk.application.reply;

import com.creditquerydesk.domain.model.reply.ReplyRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The candidates a reply names, as its rows (序号, name, ID): an objection names them by their 序号 (docs/rules.md#R86). */
@ApplicationScoped
public class ReplyCandidates {

    @Inject
    ReplyInputs inputs;

    /** The rows of the letter's reply as screened and reviewed; the caller shows their IDs only as its duty allows. */
    public List<ReplyRow> rows(String letterId) {
        return inputs.content(inputs.letter(letterId)).rows();
    }
}
