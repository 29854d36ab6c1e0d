package com.creditquerydesk.domain.model.register;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an import job needs to run on any server (docs/rules.md#R80): the uploaded file's address in the blob store
 * and who started it from where (the end of the import is recorded under their name).
 *
 * @param startedFrom the starter's address, null for the server itself
 */
public record ImportRequest(String fileSha256, String startedBy, String startedFrom) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ImportRequest {
        if (fileSha256 == null || !SHA256.matcher(fileSha256).matches()) {
            throw new IllegalArgumentException("an import's file is named by its SHA-256");
        }
        Objects.requireNonNull(startedBy, "startedBy");
    }
}
