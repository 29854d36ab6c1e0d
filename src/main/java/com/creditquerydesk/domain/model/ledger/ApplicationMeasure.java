package com.creditquerydesk.domain.model.ledger;

import com.creditquerydesk.domain.shared.DomainException;

/**
 * 应用措施: what the requesting unit reports it did with the result (录用, 不予录用, 暂缓 …), as the centre recorded it
 * (docs/rules.md R77). Free text of at most {@value #MAX_LENGTH} characters, never blank.
 */
public record ApplicationMeasure(String text) {

    public static final int MAX_LENGTH = 200;

    public ApplicationMeasure {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DomainException("MEASURE_REQUIRED", "请填写应用措施（来文单位反馈的处理情况）",
                    "give the measure taken (as the requesting unit reported it)");
        }
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            throw new DomainException("MEASURE_TOO_LONG", "应用措施不超过 " + MAX_LENGTH + " 字",
                    "a measure has at most " + MAX_LENGTH + " characters");
        }
        text = t;
    }
}
