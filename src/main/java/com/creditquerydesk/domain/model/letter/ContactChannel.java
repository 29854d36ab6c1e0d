package com.creditquerydesk.domain.model.letter;

/**
 * How the handler reached the requesting unit before extending a letter's due date (docs/rules.md#R63): the notices
 * ask that the requester be told in advance, and the trail keeps how.
 */
public enum ContactChannel {
    PHONE("电话"), IN_PERSON("当面"), EMAIL("电子邮件"), OFFICIAL_LETTER("公文"), OTHER("其他");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    /** The channel's Chinese name, as the letter page and the trail show it. */
    public String label() {
        return label;
    }
}
