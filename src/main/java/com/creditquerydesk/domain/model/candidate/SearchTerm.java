package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person typed into a letter list's search box, and what it can find (docs/rules.md#R92). A complete, valid ID
 * number, however it was typed (full-width digits, spaces or hyphens between groups, a lower-case x), is searched by its
 * keyed hash only; text that looks like part of an ID or a masked one (digits, X and asterisks, ten characters or more)
 * finds no candidate, since only whole IDs are hashed; any other text is looked for in the receipt number, the 文号
 * and the requesting unit, and as a candidate's whole name. The audit trail keeps {@link #audited()}: an ID or part of
 * one only masked.
 */
public final class SearchTerm {

    /** Longest query accepted (a unit's full name is well under it). */
    public static final int MAX_LENGTH = 100;

    /** How the term is searched, with the words the audit trail and the list say it in. */
    public enum Kind {
        ID("按身份证号码检索", "searched by the ID number"),
        PARTIAL_ID("不完整或遮蔽的身份证号码不能检索候选人，请输入完整的18位号码",
                "a partial or masked ID number finds no candidate: type all 18 characters"),
        TEXT("按收文编号、来函文号、来文单位或候选人姓名检索", "searched in receipt numbers, document numbers, units and names");

        private final String label;
        private final String labelEn;

        Kind(String label, String labelEn) {
            this.label = label;
            this.labelEn = labelEn;
        }

        public String label() {
            return label;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    private static final Pattern ID_LIKE = Pattern.compile("[0-9X*]{10,}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-_.]+");

    private final Kind kind;
    private final String text;
    private final IdNumber id;

    private SearchTerm(Kind kind, String text, IdNumber id) {
        this.kind = kind;
        this.text = text;
        this.id = id;
    }

    /** The term, or empty for a blank query; 400 past {@value #MAX_LENGTH} characters. */
    public static Optional<SearchTerm> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.length() > MAX_LENGTH) {
            throw new DomainException("QUERY_TOO_LONG", "检索内容最多 " + MAX_LENGTH + " 个字符",
                    "a search is at most " + MAX_LENGTH + " characters");
        }
        String compact = normaliseId(text);
        Optional<IdNumber> id = IdNumber.tryParse(compact);
        if (id.isPresent()) {
            return Optional.of(new SearchTerm(Kind.ID, id.get().value(), id.get()));
        }
        if (ID_LIKE.matcher(compact).matches()) {
            return Optional.of(new SearchTerm(Kind.PARTIAL_ID, compact, null));
        }
        return Optional.of(new SearchTerm(Kind.TEXT, text, null));
    }

    /**
     * The form of an ID number that is hashed, for the stored candidates and the typed query alike: NFKC (full-width
     * digits and letters to ASCII), white space (also the ideographic space), hyphens, underscores and dots removed,
     * upper case. Never throws; null gives "".
     */
    public static String normaliseId(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return SEPARATORS.matcher(nfkc).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** The ID searched for (present only for {@link Kind#ID}). */
    public Optional<IdNumber> id() {
        return Optional.ofNullable(id);
    }

    /** The text looked for in the letters' own fields and as a name (for {@link Kind#TEXT}; else the compact form). */
    public String text() {
        return text;
    }

    /** The candidate's name this text would be, normalised as names are stored ({@link PersonName#normalise}). */
    public String asName() {
        return PersonName.normalise(text);
    }

    /** What the audit trail records of the search: an ID or part of one masked (first 6 + last 4 at most). */
    public String audited() {
        return switch (kind) {
            case ID -> id.masked();
            case PARTIAL_ID -> IdNumber.mask(text);
            case TEXT -> text;
        };
    }
}
