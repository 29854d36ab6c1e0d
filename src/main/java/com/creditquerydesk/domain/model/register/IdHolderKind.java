package com.creditquerydesk.domain.model.register;

/** Whether a register entry names a natural person (身份证号码) or an organisation (统一社会信用代码). */
public enum IdHolderKind {
    PERSON,
    ORGANISATION
}
