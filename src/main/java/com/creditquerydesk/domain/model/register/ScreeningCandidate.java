package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;

import java.util.Objects;

/** What screening looks up in the register for one 查询对象: 姓名 + 身份证号码. */
public record ScreeningCandidate(String name, IdNumber idNumber) {

    public ScreeningCandidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
    }

    public String normalisedName() {
        return NameMatching.normalise(name);
    }

    public String matchKey() {
        return MaskedIdNumber.keyOf(idNumber);
    }
}
