package com.creditquerydesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every document a comment cites can be opened inside the repository: no notes kept outside it, and every
 * anchor cited in docs/rules.md or docs/domain.md is one those files have.
 */
class CitationsTest {

    private static final Pattern OUTSIDE = Pattern.compile("DOMAIN\\.md|STACK\\.md|ARCHITECTURE\\.md|[Ss]eeds? 00\\d|shared/(seeds|samples|STACK)");
    private static final Pattern ANCHOR = Pattern.compile("docs/(rules|domain)\\.md#([A-Za-z0-9-]+)");
    /** Applied migrations are never edited (Flyway checks their checksums); their old comments stay. */
    private static final Set<String> APPLIED = Set.of("V3__verification_and_screening.sql", "V100__register.sql");

    @Test
    void everyCitationResolvesInsideTheRepository() throws IOException {
        String rules = Files.readString(Path.of("docs/rules.md"));
        String domain = Files.readString(Path.of("docs/domain.md"));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(CitationsTest::isText).toList()) {
                if (APPLIED.contains(f.getFileName().toString())) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher outside = OUTSIDE.matcher(text);
                while (outside.find()) {
                    problems.add(f + ": cites " + outside.group());
                }
                Matcher anchor = ANCHOR.matcher(text);
                while (anchor.find()) {
                    String doc = anchor.group(1).equals("rules") ? rules : domain;
                    if (!doc.contains("id=\"" + anchor.group(2) + "\"")) {
                        problems.add(f + ": no anchor " + anchor.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isText(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".java") || n.endsWith(".js") || n.endsWith(".sql") || n.endsWith(".md")
                || n.endsWith(".properties") || n.endsWith(".yaml") || n.endsWith(".cli") || n.endsWith(".html");
    }
}
