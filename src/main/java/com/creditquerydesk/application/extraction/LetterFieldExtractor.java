package com.creditquerydesk.application.extraction;

import com.creditquerydesk.application.extraction.LayoutRows.Row;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.model.letter.DocumentNumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a request letter (seed 000 附件1, seed 001 附件1/附件2) from its text: the number
 * under the title, the addressee (the line ending in ：), 联系人/电话, the sending unit right above the
 * date at the end, the query kind from title and body, and the candidates (姓名 + 身份证号码) in order
 * from the list's rows, continuing across pages. Every field carries where it was read and how sure.
 */
public final class LetterFieldExtractor {

    /** Digits as OCR may misread them (DOMAIN.md): matched loosely, then read with {@link #digits}. */
    private static final String DIGIT = "[0-9OoDIl|iZSGbBgq]";
    private static final Pattern ARABIC_DATE = Pattern.compile("(" + DIGIT + "{4})年(" + DIGIT + "{1,2})月(" + DIGIT + "{1,2})日");
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile(
            "([\\[(（【﹝〔［])(" + DIGIT + "{4})([\\])）】﹞〕］])(第?)(" + DIGIT + "{1,6})号");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("([〇零○O0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern CONTACT = Pattern.compile(
            "联系人[：:]?([\\p{IsHan}·]{2,10}?)[，,、;；]?(?:联系)?电话[：:]?([0-9OoDIl|iZSGbBgq()（）\\-－—]{7,20})");
    private static final Pattern CONTACT_NAME_ONLY = Pattern.compile("联系人[：:]?([\\p{IsHan}·]{2,10})");
    private static final Pattern UNIT_SUFFIX =
            Pattern.compile("(厅|局|部|委|委员会|办公室|办公厅|中心|政府|院|校|学|会|所|处|站|队|公司|集团|银行)(（[^）]*）)?$");
    private static final Pattern PHONE_ONLY = Pattern.compile("电话[：:]?([0-9OoDIl|iZSGbBgq()（）\\-－—]{7,20})");

    /** Letters on paper or in a text layer: confidence 1 and boxes as the source gives them. */
    public ExtractionResult extract(DocumentText text) {
        return extract(LayoutRows.of(text));
    }

    /** OCR output: one page per scanned page (pageIndex 0-based), one line per detected box. */
    public ExtractionResult extractOcr(List<OcrPage> pages) {
        List<DocumentText.TextPage> textPages = new ArrayList<>();
        for (OcrPage p : pages) {
            List<DocumentText.TextBlock> lines = new ArrayList<>();
            for (OcrLine l : p.lines()) {
                lines.add(new TextLine(l.text(), l.box(), l.confidence()));
            }
            textPages.add(new DocumentText.TextPage(p.pageIndex() + 1, p.width(), p.height(), lines, false));
        }
        return extract(new DocumentText(DocumentText.Source.OCR, textPages));
    }

    private ExtractionResult extract(List<Row> rows) {
        List<String> texts = rows.stream().map(r -> normalise(r.text())).toList();
        int letterEnd = CandidateList.start(rows);
        Map<String, FieldEvidence> fields = new HashMap<>();

        int titleStart = -1;
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < letterEnd && i < 8; i++) {
            if (titleStart < 0 && texts.get(i).startsWith("关于")) {
                titleStart = i;
            }
            if (titleStart >= 0) {
                title.append(texts.get(i));
                if (texts.get(i).endsWith("函") || texts.get(i).endsWith("函（模板）") || i - titleStart >= 2) {
                    break;
                }
            }
        }

        String docNumber = null;
        int numberRow = -1;
        for (int i = Math.max(0, titleStart); i < letterEnd && docNumber == null; i++) {
            Optional<DocumentNumber> n = DocumentNumber.find(numberDigits(texts.get(i)));
            if (n.isPresent()) {
                docNumber = n.get().value();
                numberRow = i;
                put(fields, "docNumber", rows.get(i));
            }
        }

        String addressee = null;
        int addresseeRow = -1;
        for (int i = Math.max(0, Math.max(numberRow, titleStart)); i < letterEnd && addressee == null; i++) {
            String t = texts.get(i);
            if ((t.endsWith("：") || t.endsWith(":")) && t.length() > 2 && !t.startsWith("联系人") && !t.startsWith("附件")) {
                addressee = t.substring(0, t.length() - 1);
                addresseeRow = i;
                put(fields, "addressee", rows.get(i));
            }
        }

        String contactName = null;
        String contactPhone = null;
        int contactRow = -1;
        for (int i = Math.max(0, addresseeRow); i < letterEnd && contactRow < 0; i++) {
            Matcher m = CONTACT.matcher(texts.get(i));
            if (m.find()) {
                contactName = personName(m.group(1));
                contactPhone = phone(m.group(2));
                contactRow = i;
                put(fields, "contactName", rows.get(i));
                put(fields, "contactPhone", rows.get(i));
            } else {
                Matcher n = CONTACT_NAME_ONLY.matcher(texts.get(i));
                if (n.find()) {
                    contactName = personName(n.group(1));
                    contactRow = i;
                    put(fields, "contactName", rows.get(i));
                    for (int j = i; j < Math.min(i + 2, letterEnd) && contactPhone == null; j++) {
                        Matcher p = PHONE_ONLY.matcher(texts.get(j));
                        if (p.find()) {
                            contactPhone = phone(p.group(1));
                            put(fields, "contactPhone", rows.get(j));
                        }
                    }
                }
            }
        }

        LocalDate letterDate = null;
        String senderUnit = null;
        for (int i = letterEnd - 1; i > Math.max(addresseeRow, -1) && letterDate == null; i--) {
            String t = texts.get(i);
            Optional<DateMatch> d = date(t);
            if (d.isEmpty()) {
                continue;
            }
            letterDate = d.get().date();
            put(fields, "letterDate", rows.get(i));
            String before = t.substring(0, d.get().start());
            if (before.codePoints().filter(Character::isIdeographic).count() >= 4) {
                senderUnit = before;
                put(fields, "senderUnit", rows.get(i));
            } else {
                int j = senderUnitRow(texts, i, Math.max(contactRow, addresseeRow));
                if (j >= 0) {
                    senderUnit = texts.get(j);
                    put(fields, "senderUnit", rows.get(j));
                }
            }
        }

        StringBuilder kindText = new StringBuilder(title);
        for (int i = Math.max(0, addresseeRow); i < (contactRow > 0 ? contactRow : Math.min(letterEnd, addresseeRow + 6)); i++) {
            kindText.append(texts.get(i));
        }
        String queryKind = queryKind(kindText.toString());
        if (titleStart >= 0) {
            put(fields, "queryKind", rows.get(titleStart));
        }

        List<ExtractedCandidate> candidates = CandidateList.read(rows, letterEnd);
        return new ExtractionResult(docNumber, senderUnit, addressee, letterDate, contactName, contactPhone,
                queryKind, candidates, fields);
    }

    /**
     * The sending unit's row above the date (after the contact and 附件 lines): the nearest of up to three
     * rows that ends like a unit name (厅 局 部 委员会 办公室 …), else the nearest row at all. A fragment of
     * the seal's ring text read by OCR between the unit and the date is thereby skipped.
     */
    private static int senderUnitRow(List<String> texts, int dateRow, int after) {
        int nearest = -1;
        for (int j = dateRow - 1; j > after && j >= dateRow - 3; j--) {
            String u = texts.get(j);
            if (u.isEmpty() || u.startsWith("附件") || u.startsWith("联系人")) {
                continue;
            }
            if (u.length() >= 4 && UNIT_SUFFIX.matcher(u).find()) {
                return j;
            }
            if (nearest < 0) {
                nearest = j;
            }
        }
        return nearest;
    }

    private static void put(Map<String, FieldEvidence> fields, String key, Row row) {
        fields.put(key, new FieldEvidence(row.confidence(), row.page(), row.box()));
    }

    static String queryKind(String text) {
        if (text.contains("事业单位")) {
            return ExtractionResult.PUBLIC_INSTITUTION;
        }
        if (text.contains("公务员") || text.contains("录用、调任") || text.contains("调任")) {
            return ExtractionResult.CIVIL_SERVICE;
        }
        return ExtractionResult.OTHER;
    }

    record DateMatch(LocalDate date, int start) {
    }

    // TODO(lead): use ChineseDates
    static Optional<DateMatch> date(String text) {
        Matcher a = ARABIC_DATE.matcher(text);
        if (a.find()) {
            return of(Integer.parseInt(digits(a.group(1))), Integer.parseInt(digits(a.group(2))),
                    Integer.parseInt(digits(a.group(3))), a.start());
        }
        Matcher c = CHINESE_DATE.matcher(text);
        if (c.find()) {
            StringBuilder year = new StringBuilder();
            for (char ch : c.group(1).toCharArray()) {
                year.append("〇零○O0".indexOf(ch) >= 0 ? 0 : "一二三四五六七八九".indexOf(ch) + 1);
            }
            return of(Integer.parseInt(year.toString()), chineseNumber(c.group(2)), chineseNumber(c.group(3)), c.start());
        }
        return Optional.empty();
    }

    private static Optional<DateMatch> of(int y, int m, int d, int start) {
        try {
            return Optional.of(new DateMatch(LocalDate.of(y, m, d), start));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 一 … 三十一. */
    private static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    /** Drops whitespace (OCR and typists space CJK text freely) and folds full-width digits and colons. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            b.append(c);
        }
        return b.toString();
    }

    private static final Pattern ID_RUN = Pattern.compile("[0-9A-Za-z|×乂]{15,19}");
    private static final String CONFUSED = "OoDIl|iZSGbBgq";
    private static final String MEANT = "00011112566899";

    // TODO(lead): use IdNumberRepair
    /**
     * Text with ID numbers made readable: in a run of 15–19 digit-like characters that is mostly digits, the
     * OCR confusions of DOMAIN.md are undone (O/o/D→0, I/l/|/i→1, Z→2, S→5, G/b→6, B→8, g/q→9) and a final
     * x/×/乂 becomes X. Maps character for character (only whitespace is dropped), so indexes stay aligned.
     */
    static String idText(String s) {
        String text = normalise(s);
        Matcher m = ID_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            String run = m.group();
            if (run.chars().filter(c -> c >= '0' && c <= '9').count() < run.length() - 3) {
                continue;
            }
            String fixed = digits(run);
            char last = run.charAt(run.length() - 1);
            if (last == 'x' || last == '×' || last == '乂') {
                fixed = fixed.substring(0, fixed.length() - 1) + 'X';
            }
            out.replace(m.start(), m.end(), fixed);
        }
        return out.toString();
    }

    // TODO(lead): use PersonName
    /** A name as read: no spaces; a dot between Chinese characters (• ・ . ．) is the name dot ·. */
    static String personName(String s) {
        return normalise(s).replaceAll("(?<=\\p{IsHan})[•・.．·](?=\\p{IsHan})", "·").replaceAll("^·+|·+$", "");
    }

    // TODO(lead): use PhoneNumber
    private static String phone(String s) {
        return digits(s).replace('－', '-').replace('—', '-').replace('（', '(').replace('）', ')');
    }

    /** Undoes the letter-for-digit misreads of DOMAIN.md (O→0, l→1, S→5 …) in a string known to be numeric. */
    static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = CONFUSED.indexOf(c);
            out.append(k >= 0 ? MEANT.charAt(k) : c);
        }
        return out.toString();
    }

    /** The year and serial of a document number read as digits, so that 〔2O26〕1l2号 is found. */
    private static String numberDigits(String text) {
        Matcher m = NUMBER_IN_BRACKETS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + digits(m.group(2)) + m.group(3) + m.group(4) + digits(m.group(5)) + "号"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
