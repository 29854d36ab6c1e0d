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
