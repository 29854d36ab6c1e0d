package com.creditquerydesk.domain.model.job;

import java.util.regex.Pattern;

/** The name of one server of the installation, written into the leases it holds (docs/rules.md#R80). */
public record NodeId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public NodeId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a node id is 1 to 64 letters, digits or . _ : -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
