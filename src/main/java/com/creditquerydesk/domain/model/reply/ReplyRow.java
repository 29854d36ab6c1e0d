package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.shared.DomainException;

import java.util.List;
import java.util.Objects;

/**
 * One line of the attachment 社会信用记录查询结果: 序号, 姓名, 身份证号码, 查询结果. A hit lists the court and 案号 of
 * each matching record; a candidate without a hit lists none.
 */
public record ReplyRow(int serial, String name, IdNumber idNumber, String result, List<HitRecordRef> records) {

    public ReplyRow {
        if (serial < 1) {
            throw new DomainException("REPLY_ROW_SERIAL", "序号应从1开始", "the serial number starts at 1");
        }
        name = ReplyContent.required(name, "姓名", "name");
        if (name.length() > 30 || !name.codePoints().allMatch(c -> Character.isLetter(c) || c == '·' || c == '•')) {
            throw new DomainException("REPLY_ROW_NAME", "姓名只能包含文字和间隔号，且不超过30字",
                    "a name holds only letters and the middle dot, 30 characters at most");
        }
        Objects.requireNonNull(idNumber, "idNumber");
        result = ReplyContent.required(result, "查询结果", "query result");
        records = List.copyOf(Objects.requireNonNull(records, "records"));
    }

    public boolean hit() {
        return !records.isEmpty();
    }
}
