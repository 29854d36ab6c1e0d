package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.List;

/**
 * A reading cannot be confirmed yet: the reasons in both languages, and where they are, so the page can take the
 * clerk to the first of them (issue 17: "focus the first refused field").
 *
 * @param fields the letter's fields refused, in the page's order
 * @param rows   the candidate rows refused, numbered from 1 as the message numbers them
 */
public class IncompleteReadingException extends DomainException {

    private final List<Field> fields;
    private final List<Integer> rows;

    public IncompleteReadingException(List<String> zh, List<String> en, List<Field> fields, List<Integer> rows) {
        super(Kind.UNPROCESSABLE, "EXTRACTION_INCOMPLETE", "无法确认：" + String.join("；", zh),
                "cannot confirm: " + String.join("; ", en));
        this.fields = List.copyOf(fields);
        this.rows = List.copyOf(rows);
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Integer> rows() {
        return rows;
    }
}
