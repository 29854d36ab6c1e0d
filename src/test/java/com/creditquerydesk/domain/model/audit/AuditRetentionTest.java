package com.creditquerydesk.domain.model.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audit events are kept at least six months because nothing in the product deletes them (docs/rules.md#R33, #R94):
 * no statement in the code or the migrations deletes from or truncates the trail or its head, in SQL or JPQL.
 */
class AuditRetentionTest {

    private static final Pattern DELETES = Pattern.compile(
            "(?i)(delete\\s+from|truncate(\\s+table)?|drop\\s+table)\\s+(audit_event|audit_head|AuditEvent|AuditHeadRow)\\b");

    @Test
    void theRuleRecognisesADeletion() {
        for (String s : List.of("DELETE FROM audit_event WHERE seq < ?", "delete from AuditEvent e", "TRUNCATE audit_event",
                "truncate table audit_head", "DROP TABLE audit_event")) {
            assertTrue(DELETES.matcher(s).find(), s);
        }
    }

    @Test
    void nothingDeletesAuditEvents() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).toList()) {
                Matcher m = DELETES.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(f + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
