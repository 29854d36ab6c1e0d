package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.model.candidate.IdRepairResult.Status;
import com.creditquerydesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Examines an ID number read by OCR and proposes a correction only when exactly one is plausible.
 *
 * <p>What is safe, and why the search is restricted (this is the whole design):
 * <ol>
 *   <li>Removing spaces and widening full-width characters is not a guess: a number valid after that is VALID.</li>
 *   <li>Each character of the OCR confusion table ({@link DigitMisreads}, and x/×/乂→X
 *       in the check position) has a single replacement, so substituting them gives one candidate; it is proposed
 *       when it passes the check character, a real province and a real birth date.</li>
 *   <li>Otherwise the characters that were not clean digits (confusion letters and unreadable marks such as
 *       ? □ *) are the <em>doubtful positions</em>. Every value is tried at those positions only, and the result
 *       is proposed only if exactly one candidate passes. With one doubtful position among 18 characters the
 *       mod-11 check pins the value (it corrects one known-position error); with two or three, the province
 *       and date rules sometimes leave a single candidate, and otherwise the answer is INVALID.</li>
 *   <li>Only when every character is a clean digit (nothing doubtful) is any single position changed, and only
 *       a unique result is proposed. If the number read has a real province and birth date and a digit among
 *       the first 17 was misread, this is never unique: recomputing the check character is one candidate and
 *       restoring the misread digit another (measured on random numbers: about 12 candidates), so such a
 *       number is INVALID, because nothing tells which digit is wrong. A unique candidate appears mainly when
 *       the misread digit broke the province or the date (e.g. month 13): then no change elsewhere passes,
 *       and if only one character was misread the one candidate is the true number. Measured on 20,000 random
 *       numbers with one misread digit: 27% REPAIRED (all correct), 73% INVALID, none wrong.</li>
 *   <li>A legacy 15-digit number has no check character, so a doubtful position there is repaired only when
 *       the date rule alone leaves one value.</li>
 * </ol>
 * A proposal (REPAIRED) is for a clerk to confirm; the text as read is kept in the result. One check character
 * can correct one error at a known position or detect one unknown error, not both: when OCR leaves one
 * character unreadable and also misreads another digit, the proposal is wrong (measured: 47% of such
 * readings give a wrong REPAIRED, the rest INVALID). So REPAIRED must never be accepted without the clerk.
 */
public final class IdNumberRepair {

    /** More doubtful characters than this and the reading is too poor to propose anything. */
    static final int MAX_DOUBTFUL = 3;

    private static final String CHECK_X_VARIANTS = "xX×乂";
    private static final char UNREADABLE = '?';

    private IdNumberRepair() {
    }

    public static IdRepairResult examine(String ocrText) {
        String s = normalise(ocrText);
        if (s.isEmpty()) {
            return invalid(ocrText, "未识别到身份证号码", "no ID number was read");
        }
        Optional<IdNumber> asRead = IdNumber.tryParse(s);
        if (asRead.isPresent()) {
            return new IdRepairResult(ocrText, asRead, Status.VALID, "号码有效", "the number is valid");
        }
        if (s.length() != 18 && s.length() != 15) {
            return invalid(ocrText, "识别出" + s.length() + "个字符，身份证号码应为18位（或旧式15位）",
                    s.length() + " characters were read; an ID number has 18 (or 15 in the legacy form)");
        }

        char[] substituted = new char[s.length()];
        List<Integer> doubtful = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean checkPosition = i == 17;
            if (c >= '0' && c <= '9' || checkPosition && (c == 'X' || c == 'x')) {
                substituted[i] = c;
                continue;
            }
            doubtful.add(i);
            if (checkPosition && CHECK_X_VARIANTS.indexOf(c) >= 0) {
                substituted[i] = 'X';
            } else {
                substituted[i] = DigitMisreads.isMisread(c) ? DigitMisreads.undo(c) : UNREADABLE;
            }
        }

        if (doubtful.isEmpty()) {
            return cleanButInvalid(ocrText, s);
        }
        Optional<IdNumber> byTable = IdNumber.tryParse(new String(substituted));
        if (byTable.isPresent()) {
            return new IdRepairResult(ocrText, byTable, Status.REPAIRED,
                    "按常见识别混淆更正了" + positionsZh(doubtful) + "，请对照原件确认",
                    "corrected common OCR confusions at " + positionsEn(doubtful) + "; confirm against the original");
        }
        if (doubtful.size() > MAX_DOUBTFUL) {
            return invalid(ocrText, "有" + doubtful.size() + "位无法可靠识别，请对照原件录入",
                    doubtful.size() + " characters could not be read reliably; enter the number from the original");
        }

        Set<IdNumber> candidates = new LinkedHashSet<>();
        search(substituted, doubtful, 0, candidates);
        if (candidates.size() == 1) {
            return new IdRepairResult(ocrText, Optional.of(candidates.iterator().next()), Status.REPAIRED,
                    "推定了" + positionsZh(doubtful) + "（唯一能通过校验位、省份和出生日期检查的号码），请对照原件确认",
                    "inferred " + positionsEn(doubtful)
                            + " (the only number that passes the check character, province and birth date); confirm against the original");
        }
        if (candidates.isEmpty()) {
            return invalid(ocrText, positionsZh(doubtful) + "无法辨认，且没有任何取值能通过校验，请对照原件录入",
                    "unreadable " + positionsEn(doubtful) + " and no value there passes the checks; enter the number from the original");
        }
        return invalid(ocrText, positionsZh(doubtful) + "无法辨认，有" + candidates.size() + "种可能的号码，无法确定，请对照原件录入",
                "unreadable " + positionsEn(doubtful) + " with " + candidates.size()
                        + " possible numbers; enter the number from the original");
    }

    /**
     * Removes all white space (including ideographic and no-break spaces) and turns full-width ASCII
     * characters (０-９, Ｘ, Ｏ …) into their ASCII forms. Nothing else is changed.
     */
    static String normalise(String ocrText) {
        if (ocrText == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(ocrText.length());
        ocrText.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF') {
                return;
            }
            b.appendCodePoint(cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp);
        });
        return b.toString();
    }

    private static void search(char[] chars, List<Integer> doubtful, int k, Set<IdNumber> found) {
        if (k == doubtful.size()) {
            IdNumber.tryParse(new String(chars)).ifPresent(found::add);
            return;
        }
        int pos = doubtful.get(k);
        char keep = chars[pos];
        String values = pos == 17 ? "0123456789X" : "0123456789";
        for (int v = 0; v < values.length(); v++) {
            chars[pos] = values.charAt(v);
            search(chars, doubtful, k + 1, found);
        }
        chars[pos] = keep;
    }

    /** All characters are clean digits, yet the number is invalid: try every single change (see class comment). */
    private static IdRepairResult cleanButInvalid(String original, String s) {
        Set<IdNumber> candidates = new LinkedHashSet<>();
        int changedAt = -1;
        char[] chars = s.toCharArray();
        for (int pos = 0; pos < chars.length; pos++) {
            int before = candidates.size();
            search(chars, List.of(pos), 0, candidates);
            if (candidates.size() > before) {
                changedAt = pos;
            }
        }
        if (candidates.size() == 1) {
            return new IdRepairResult(original, Optional.of(candidates.iterator().next()), Status.REPAIRED,
                    "更正了第" + (changedAt + 1) + "位（唯一一处单字更正即可通过校验位、省份和出生日期检查），请对照原件确认",
                    "changed position " + (changedAt + 1)
                            + " (the only single change that passes the check character, province and birth date); confirm against the original");
        }
        String zh;
        String en;
        try {
            IdNumber.parse(s);
            throw new IllegalStateException("tryParse and parse disagree");
        } catch (DomainException e) {
            zh = e.messageZh();
            en = e.messageEn();
        }
        return candidates.isEmpty()
                ? invalid(original, zh + "；改动任何一位都无法成为有效号码，请对照原件核对",
                        en + "; no single change makes it valid, check against the original")
                : invalid(original, zh + "；有" + candidates.size() + "种单字更正都可能，无法判断哪一位有误，请对照原件核对",
                        en + "; " + candidates.size() + " different single changes would pass, so which character is wrong"
                                + " cannot be told; check against the original");
    }

    private static IdRepairResult invalid(String original, String zh, String en) {
        return new IdRepairResult(original, Optional.empty(), Status.INVALID, zh, en);
    }

    private static String positionsZh(List<Integer> positions) {
        StringBuilder b = new StringBuilder("第");
        for (int i = 0; i < positions.size(); i++) {
            b.append(i == 0 ? "" : "、").append(positions.get(i) + 1);
        }
        return b.append("位").toString();
    }

    private static String positionsEn(List<Integer> positions) {
        StringBuilder b = new StringBuilder(positions.size() == 1 ? "position " : "positions ");
        for (int i = 0; i < positions.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(positions.get(i) + 1);
        }
        return b.toString();
    }
}
