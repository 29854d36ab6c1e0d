package com.creditquerydesk.application.contacts;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.domain.model.user.ContactDuty;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;

/**
 * The 查询工作责任人联络表 (发改办财金〔2020〕552号 附件2, docs/rules.md#R79): the active accounts that carry a 工作职责, in
 * the form's order (主要负责人, 直接负责人, 经办人), with 职务, mobile number and, for the handlers, their registered
 * terminals (专机, R23; "/" for the others, as the form prints it); above the table the centre's service phone and
 * e-mail, under it the place of the seal and the date.
 */
@ApplicationScoped
public class ContactListService {

    static final String TITLE = "查询工作责任人联络表";

    /** One line of the form; {@code terminals} only for a handler. */
    public record Contact(int serial, ContactDuty duty, String name, String jobTitle, String mobile,
                          List<String> terminals) {
    }

    @Inject
    UserRepository users;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    @Transactional
    public List<Contact> contacts() {
        List<User> listed = users.findAll().stream()
                .filter(User::isActive)
                .filter(u -> u.contactDuty().isPresent())
                .sorted(Comparator.comparing((User u) -> u.contactDuty().orElseThrow())
                        .thenComparing(User::displayName).thenComparing(User::username))
                .toList();
        int[] serial = {0};
        return listed.stream().map(u -> {
            ContactDuty duty = u.contactDuty().orElseThrow();
            List<String> terminals = duty == ContactDuty.HANDLER
                    ? u.terminals().stream().map(IpRange::toString).sorted().toList() : List.of();
            return new Contact(++serial[0], duty, u.displayName(), u.jobTitle().orElse(null),
                    u.mobile().map(MobileNumber::digits).orElse(null), terminals);
        }).toList();
    }

    /** The form as an exported table: the centre with its service phone and e-mail above it, seal and date under it. */
    public ExportTable table(List<Contact> contacts) {
        List<TableColumn> columns = List.of(TableColumn.of("序号", 0.5f), TableColumn.of("工作职责", 1.1f),
                TableColumn.of("姓名", 0.9f), TableColumn.of("职务", 1.5f), TableColumn.of("联系方式", 1.2f),
                TableColumn.of("专机 IP 地址", 1.6f));
        List<List<TableCell>> rows = contacts.stream().map(c -> List.of(TableCell.count(c.serial()),
                TableCell.text(c.duty().label()), TableCell.text(c.name()), TableCell.text(c.jobTitle()),
                TableCell.text(c.mobile()), TableCell.text(c.duty() == ContactDuty.HANDLER
                        ? String.join("、", c.terminals()) : "/"))).toList();
        String subtitle = "填表单位：" + centre.name() + "　　查询工作服务电话：" + centre.phone() + "　　查询工作服务邮箱："
                + (centre.email().isBlank() ? "（未配置）" : centre.email());
        return new ExportTable(TITLE, subtitle, columns, rows).withNotes(List.of("（单位公章）",
                "填表日期：" + calendar.today()));
    }
}
