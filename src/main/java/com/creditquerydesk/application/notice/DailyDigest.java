package com.creditquerydesk.application.notice;

import com.creditquerydesk.application.workbench.WorkbenchService;
import com.creditquerydesk.application.workbench.OpenLetters;
import com.creditquerydesk.application.workbench.WorkbenchService.WorkItem;
import com.creditquerydesk.domain.model.letter.DueState;
import com.creditquerydesk.domain.model.notice.NoticeKind;
import com.creditquerydesk.domain.model.notice.NoticeRepository;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily digest (docs/rules.md#R84): once a day, on one server, every person with steps due today or on the next
 * working day, or overdue, gets a notice per letter (once a day each) and one message on the configured channels
 * listing them. Days off have no digest: nobody is at work to read it.
 */
@ApplicationScoped
public class DailyDigest {

    @Inject
    WorkbenchService workbench;

    @Inject
    NoticeService notices;

    @Inject
    NoticeRepository repository;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    /** What one run did: whether this server sent it (false: another had, or a day off), how many it reminded. */
    public record Run(boolean sent, int people, int notices) {
    }

    /** @param node this server's name, recorded with the claim */
    @Transactional
    public Run run(String node) {
        OpenLetters open = workbench.openLetters();
        if (!open.workingDay() || !repository.claimDigest(open.today(), clock.instant(), node)) {
            return new Run(false, 0, 0);
        }
        int people = 0;
        int created = 0;
        for (User u : users.findAll()) {
            if (!u.isActive()) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (WorkItem item : open.itemsFor(u.username(), u.roles())) {
                if (item.due() == DueState.IN_TIME) {
                    continue;
                }
                NoticeKind kind = item.objection() != null ? NoticeKind.OBJECTION_HOP_DUE
                        : item.due() == DueState.OVERDUE ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
                String line = item.objection() != null ? item.due().label() + "：来函 " + NoticeService.describe(
                        item.letter()) + " 的异议（复函 " + item.objection().replyNumber() + "）待办结第 "
                        + item.objection().step() + " 环节「" + item.objection().label() + "」，期限 "
                        + item.objection().dueDate() : item.due().label() + "：来函 " + NoticeService.describe(item.letter())
                        + " 待" + item.step().label() + "，办理期限 " + item.letter().dueDate();
                lines.add(line);
                if (!repository.exists(u.username(), kind, item.letter().id(), open.today())) {
                    notices.store(u.username(), kind, item.letter(), line + "。", open.today());
                    created++;
                }
            }
            if (!lines.isEmpty()) {
                people++;
                notices.send(u, NoticeService.SUBJECT + open.today() + " 待办提醒", "您有 " + lines.size() + " 件待办临期或超期：\n"
                        + String.join("\n", lines));
            }
        }
        return new Run(true, people, created);
    }
}
