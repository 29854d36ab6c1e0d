package com.creditquerydesk.domain.model.extraction;

import java.util.Optional;

/** The fields read from a request letter besides its candidates; {@link #key()} is the name in the JSON contract. */
public enum Field {
    DOC_NUMBER("docNumber"),
    SENDER_UNIT("senderUnit"),
    ADDRESSEE("addressee"),
    LETTER_DATE("letterDate"),
    CONTACT_NAME("contactName"),
    CONTACT_PHONE("contactPhone"),
    QUERY_KIND("queryKind");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The field's value in a reading as text (a number's, a date's ISO form, a kind's JSON value), or null. */
    public String valueIn(ExtractionResult r) {
        Object v = switch (this) {
            case DOC_NUMBER -> r.docNumber() == null ? null : r.docNumber().value();
            case SENDER_UNIT -> r.senderUnit();
            case ADDRESSEE -> r.addressee();
            case LETTER_DATE -> r.letterDate();
            case CONTACT_NAME -> r.contactName();
            case CONTACT_PHONE -> r.contactPhone();
            case QUERY_KIND -> r.queryKind() == null ? null : r.queryKind().jsonValue();
        };
        return v == null ? null : v.toString();
    }

    /** The field a JSON key names, if any. */
    public static Optional<Field> ofKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
