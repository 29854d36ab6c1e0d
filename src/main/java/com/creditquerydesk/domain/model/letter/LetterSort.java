package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The columns a letter list sorts by (docs/rules.md#R93), by the name the API takes: {@code sort=dueDate&dir=asc}.
 * Ties are broken by the receipt time, newest first, so that paging is stable.
 */
public enum LetterSort {
    RECEIVED_AT("receivedAt"),
    DUE_DATE("dueDate"),
    RECEIPT_NUMBER("receiptNumber"),
    DOC_NUMBER("docNumber"),
    REQUESTING_UNIT("requestingUnit"),
    STATUS("status"),
    HANDLER("handler");

    private final String param;

    LetterSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The column a {@code sort} parameter names; 400 (in both languages, listing the columns) for any other. */
    public static LetterSort parse(String s) {
        return Arrays.stream(values()).filter(v -> v.param.equals(s == null ? null : s.strip())).findFirst()
                .orElseThrow(() -> {
                    String known = Arrays.stream(values()).map(LetterSort::param).collect(Collectors.joining(", "));
                    return new DomainException("SORT_UNKNOWN", "不能按 " + s + " 排序，可用的排序字段：" + known,
                            "cannot sort by " + s + "; the columns are " + known);
                });
    }

    /** {@code dir}: asc or desc (none: descending); 400 for anything else. */
    public static boolean ascending(String dir) {
        if (dir == null || dir.isBlank() || dir.strip().equalsIgnoreCase("desc")) {
            return false;
        }
        if (dir.strip().equalsIgnoreCase("asc")) {
            return true;
        }
        throw new DomainException("SORT_DIRECTION_UNKNOWN", "排序方向应为 asc（升序）或 desc（降序）",
                "the sort direction is asc or desc");
    }
}
