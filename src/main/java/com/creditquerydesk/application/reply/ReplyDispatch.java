package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** 发文登记: the registry records that the signed reply has left, when and how. */
@ApplicationScoped
public class ReplyDispatch {

    @Inject
    ReplyInputs inputs;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    /** @param on the day it left; today when not given */
    @Transactional
    public ReplyLetter dispatch(Actor actor, String letterId, LocalDate on, Channel channel) {
        IncomingLetter letter = inputs.letter(letterId);
        ReplyLetter reply = inputs.reply(letterId, "REPLY_NOT_SIGNED", "复函尚未签发", "the reply is not signed off");
        if (channel == null) {
            throw new DomainException("CHANNEL_UNKNOWN", "发文渠道应为 paper（纸质）或 electronic（电子）",
                    "channel is paper or electronic");
        }
        LocalDate date = on == null ? calendar.today() : on;
        reply.recordDispatch(date, channel);
        letter.dispatch(actor.username());
        audit.record(actor, AuditAction.REPLY_DISPATCHED, letterId, "发文登记 " + reply.replyNumber() + "，" + date + "，"
                + channel.label());
        return reply;
    }
}
