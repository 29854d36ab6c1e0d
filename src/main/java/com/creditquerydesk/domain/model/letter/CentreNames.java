package com.creditquerydesk.domain.model.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names a letter may address this centre by: its own name and the short names the notices use for it (省信息中心,
 * 省信用办 …), all from configuration (docs/rules.md#R85).
 */
public record CentreNames(String name, List<String> aliases) {

    /** A bracketed addition after a name, as in 省信息中心（省信用办）. */
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^）)]*)[）)]");
    private static final Pattern NOISE = Pattern.compile("[\\s　：:，,。.]");

    public CentreNames {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the centre has a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * Whether an addressee read from a letter is this centre: the name or an alias, itself or with a bracketed
     * addition that is one too. A longer name that merely contains one (河南省公共信用信息中心 for 省公共信用信息中心) is
     * another centre.
     */
    public boolean addressedBy(String addressee) {
        String a = NOISE.matcher(addressee == null ? "" : addressee).replaceAll("");
        if (a.isEmpty()) {
            return true;
        }
        var m = BRACKETED.matcher(a);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1));
        }
        parts.add(0, BRACKETED.matcher(a).replaceAll(""));
        return parts.stream().anyMatch(this::isOurs);
    }

    /** The addressee, stripped, when one was read and it is not this centre. */
    public Optional<String> elsewhere(String addressee) {
        return Optional.ofNullable(addressee).map(String::strip).filter(a -> !addressedBy(a));
    }

    private boolean isOurs(String part) {
        return part.equals(name) || aliases.contains(part);
    }
}
