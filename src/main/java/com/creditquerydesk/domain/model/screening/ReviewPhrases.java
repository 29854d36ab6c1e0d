package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 常用意见: the stock phrases a reviewer picks for the note of a decision, in the order the system administrator keeps
 * them; each one a line of at most {@value #MAX_LENGTH} characters, none twice, at most {@value #MAX_PHRASES}
 * (docs/rules.md#R103). A phrase only fills the note: the reviewer still reads and sends it.
 */
public record ReviewPhrases(List<String> phrases) {

    public static final int MAX_PHRASES = 30;
    public static final int MAX_LENGTH = 200;

    public ReviewPhrases {
        if (phrases == null) {
            throw new DomainException("PHRASES_MISSING", "请提供常用意见列表", "the list of phrases is missing");
        }
        if (phrases.size() > MAX_PHRASES) {
            throw new DomainException("PHRASES_TOO_MANY", "常用意见最多 " + MAX_PHRASES + " 条",
                    "at most " + MAX_PHRASES + " phrases");
        }
        Set<String> seen = new HashSet<>();
        List<String> clean = phrases.stream().map(p -> p == null ? "" : p.strip()).toList();
        for (int i = 0; i < clean.size(); i++) {
            String p = clean.get(i);
            String which = "第 " + (i + 1) + " 条常用意见";
            String whichEn = "phrase " + (i + 1);
            if (p.isEmpty()) {
                throw new DomainException("PHRASE_EMPTY", which + "为空", whichEn + " is empty");
            }
            if (p.length() > MAX_LENGTH || p.contains("\n") || p.contains("\r")) {
                throw new DomainException("PHRASE_INVALID", which + "应为一行、不超过 " + MAX_LENGTH + " 字",
                        whichEn + " is one line of at most " + MAX_LENGTH + " characters");
            }
            if (!seen.add(p)) {
                throw new DomainException("PHRASE_DUPLICATE", which + "与前面的重复", whichEn + " repeats an earlier one");
            }
        }
        phrases = clean;
    }
}
