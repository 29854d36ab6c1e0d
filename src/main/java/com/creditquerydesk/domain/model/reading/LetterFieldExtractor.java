package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.reading.LayoutRows.Row;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.Doubt;
import com.creditquerydesk.domain.model.extraction.UnitLexicon;
import com.creditquerydesk.domain.model.extraction.UnitNames;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.creditquerydesk.domain.model.reading.LetterText.DIGIT;
import static com.creditquerydesk.domain.model.reading.LetterText.normalise;
import static com.creditquerydesk.domain.model.reading.LetterText.personName;
import static com.creditquerydesk.domain.model.reading.LetterText.phone;

/**
 * Reads the fields of a request letter (docs/domain.md#templates) from its text: the title
 * (one or more lines from 关于 to 函), the number under it, the addressee (the line ending in ：), 联系人 and
 * 电话, the sending unit right above the date at the end, the query kind from title and body, and the
 * candidates (姓名 + 身份证号码) in order from the list's rows across pages. Every field found carries
 * where it was read and how sure; a field not found is null, never an error. Every field and row comes out judged by
 * the {@link ReadingChecks}: what the clerk must check is marked (docs/rules.md#R50).
 */
public final class LetterFieldExtractor {

    private static final String PHONE = "((?:" + DIGIT + "|[()（）\\-－—]){7,20})";
    /** 电话, 联系电话, 联系方式: the phone's label. */
    private static final String PHONE_LABEL = "(?:联系)?(?:电话|方式)";
    /**
     * 联系人：王敏，电话：…, or both under one label (联系人及电话：王敏，…); separators vanish with the spaces in
     * {@link LetterText#normalise}, brackets around the phone are kept (docs/rules.md#R71).
     */
    private static final Pattern CONTACT = Pattern.compile("联系人(?:及" + PHONE_LABEL + ")?[：:]?([\\p{IsHan}·]{2,10}?)"
            + "[，,、;；（(]?(?:" + PHONE_LABEL + "[：:]?)?" + PHONE);
    private static final Pattern CONTACT_NAME_ONLY =
            Pattern.compile("联系人(?:及" + PHONE_LABEL + ")?[：:]?([\\p{IsHan}·]{2,10})");
    private static final Pattern PHONE_ONLY = Pattern.compile(PHONE_LABEL + "[：:]?" + PHONE);

    private final ReadingChecks checks;
    private final UnitLexicon units;

    public LetterFieldExtractor(ReadingChecks checks) {
        this(checks, UnitLexicon.NONE);
    }

    /** @param units the names a unit read by OCR is snapped to (docs/rules.md#R99); typed text is never snapped */
    public LetterFieldExtractor(ReadingChecks checks, UnitLexicon units) {
        this.checks = checks;
        this.units = units;
    }

    /** A letter from its DOCX structure or PDF text layer (confidence 1, boxes as the source has them). */
    public ExtractionResult extract(DocumentText text) {
        return checks.mark(new Reading(LayoutRows.of(text)).result());
    }

    /**
     * A scanned letter from OCR: one OcrPage per page (pageIndex 0-based), one line per detected box. A
     * line counts as sure as its least sure letter or digit, so one doubtful character in a name is marked; a doubtful
     * bracket, colon or comma is not: the values' own rules judge those (a document number's form, an ID's check
     * character), and counting them marked most right document numbers (docs/rules.md#R50).
     */
    public ExtractionResult extractOcr(List<OcrPage> pages) {
        List<DocumentText.TextPage> textPages = new ArrayList<>();
        for (OcrPage p : pages) {
            List<DocumentText.TextBlock> lines = new ArrayList<>();
            for (OcrLine l : p.lines()) {
                lines.add(new TextLine(l.text(), l.box(), leastSureLetterOrDigit(l)));
            }
            textPages.add(new DocumentText.TextPage(p.pageIndex() + 1, p.width(), p.height(), lines, false));
        }
        ExtractionResult read = extract(new DocumentText(DocumentText.Source.OCR, textPages));
        Optional<String> snapped = units.snap(read.senderUnit());
        if (snapped.isPresent()) {
            return read.withSenderUnit(snapped.get(), Doubt.SNAPPED_TO_LEXICON);
        }
        // a misreading too far off to put right is still marked (docs/rules.md#R99)
        return units.nearMiss(read.senderUnit()) ? read.withDoubt(Field.SENDER_UNIT, Doubt.NEAR_LEXICON) : read;
    }

    private static double leastSureLetterOrDigit(OcrLine l) {
        double[] chars = l.charConfidences();
        double least = 1;
        boolean any = false;
        for (int i = 0; i < chars.length; i++) {
            if (Character.isLetterOrDigit(l.text().charAt(i))) {
                least = Math.min(least, chars[i]);
                any = true;
            }
        }
        return any ? least : l.confidence();
    }

    /** One pass over a letter's rows; each step starts where the previous field was found. */
    private static final class Reading {
        private final List<Row> rows;
        private final List<String> texts;
        /** The letter proper ends where the candidate list starts. */
        private final int letterEnd;
        private final Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        private int titleRow = -1;
        private int numberRow = -1;
        private int addresseeRow = -1;
        private int contactRow = -1;

        Reading(List<Row> rows) {
            this.rows = rows;
            this.texts = rows.stream().map(r -> normalise(r.text())).toList();
            this.letterEnd = CandidateList.start(rows);
        }

        ExtractionResult result() {
            String title = title();
            DocumentNumber docNumber = docNumber();
            String addressee = addressee();
            String[] contact = contact();
            LocalDate date = null;
            String unit = null;
            Optional<Integer> dateRow = dateRow();
            if (dateRow.isPresent()) {
                int i = dateRow.get();
                LetterText.DateMatch d = LetterText.date(texts.get(i)).orElseThrow();
                date = d.date();
                found(Field.LETTER_DATE, i);
                unit = senderUnit(i, texts.get(i).substring(0, d.start()));
            }
            // Without a title the kind is not read: left empty for the clerk, never guessed as 其他.
            QueryKind queryKind = null;
            if (titleRow >= 0) {
                queryKind = QueryKind.classify(title + kindBody());
                found(Field.QUERY_KIND, titleRow);
            }
            return new ExtractionResult(docNumber, unit, addressee, date, contact[0], contact[1], queryKind,
                    CandidateList.read(rows, letterEnd), fields);
        }

        /** 关于…函, possibly over up to three lines, near the top. */
        private String title() {
            StringBuilder title = new StringBuilder();
            for (int i = 0; i < letterEnd && i < 8; i++) {
                if (titleRow < 0 && texts.get(i).startsWith("关于")) {
                    titleRow = i;
                }
                if (titleRow >= 0) {
                    title.append(texts.get(i));
                    if (texts.get(i).endsWith("函") || texts.get(i).endsWith("函（模板）") || i - titleRow >= 2) {
                        break;
                    }
                }
            }
            return title.toString();
        }

        /**
         * The first document number of the letter: under the title (the template of 发改办财金〔2020〕552号 附件1), or flush
         * right under the letterhead's rule above the title (信函格式); a number cited in the body comes later.
         */
        private DocumentNumber docNumber() {
            for (int i = 0; i < letterEnd; i++) {
                Optional<DocumentNumber> n = DocumentNumber.find(LetterText.documentNumberDigits(texts.get(i)));
                if (n.isPresent()) {
                    numberRow = i;
                    found(Field.DOC_NUMBER, i);
                    return n.get();
                }
            }
            return null;
        }

        private String addressee() {
            for (int i = Math.max(0, Math.max(titleRow, numberRow)); i < letterEnd; i++) {
                String t = texts.get(i);
                if ((t.endsWith("：") || t.endsWith(":")) && t.length() > 2 && !t.startsWith("联系人") && !t.startsWith("附件")) {
                    addresseeRow = i;
                    found(Field.ADDRESSEE, i);
                    return t.substring(0, t.length() - 1);
                }
            }
            return null;
        }

        /** {name, phone}: 联系人：王敏，电话：029-… on one line, or the phone on the next line. */
        private String[] contact() {
            for (int i = Math.max(0, addresseeRow); i < letterEnd; i++) {
                Matcher both = CONTACT.matcher(texts.get(i));
                if (both.find()) {
                    contactRow = i;
                    found(Field.CONTACT_NAME, i);
                    found(Field.CONTACT_PHONE, i);
                    return new String[]{personName(both.group(1)), phone(both.group(2))};
                }
                Matcher name = CONTACT_NAME_ONLY.matcher(texts.get(i));
                if (name.find()) {
                    contactRow = i;
                    found(Field.CONTACT_NAME, i);
                    for (int j = i; j < Math.min(i + 2, letterEnd); j++) {
                        Matcher p = PHONE_ONLY.matcher(texts.get(j));
                        if (p.find()) {
                            found(Field.CONTACT_PHONE, j);
                            return new String[]{personName(name.group(1)), phone(p.group(1))};
                        }
                    }
                    return new String[]{personName(name.group(1)), null};
                }
            }
            return new String[]{null, null};
        }

        /** The last line of the letter holding a date: the letter's date under the unit. */
        private Optional<Integer> dateRow() {
            for (int i = letterEnd - 1; i > addresseeRow; i--) {
                if (LetterText.date(texts.get(i)).isPresent()) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /**
         * The unit's name: on the date's line before the date, or the row above the date (after the contact
         * and 附件 lines) — the nearest of up to three rows that ends like a unit name (厅 局 部 委员会 …),
         * else the nearest row at all, so a fragment of the seal's ring text read by OCR is skipped.
         */
        private String senderUnit(int dateRow, String beforeDate) {
            if (beforeDate.codePoints().filter(Character::isIdeographic).count() >= 4) {
                found(Field.SENDER_UNIT, dateRow);
                return LetterText.unitName(beforeDate);
            }
            int nearest = -1;
            int above = contactRow < dateRow ? Math.max(contactRow, addresseeRow) : addresseeRow;
            for (int j = dateRow - 1; j > above && j >= dateRow - 3; j--) {
                String u = texts.get(j);
                if (u.isEmpty() || u.startsWith("附件") || u.startsWith("联系人")) {
                    continue;
                }
                if (UnitNames.endsLikeUnit(u)) {
                    nearest = j;
                    break;
                }
                if (nearest < 0) {
                    nearest = j;
                }
            }
            if (nearest < 0) {
                return null;
            }
            found(Field.SENDER_UNIT, nearest);
            return LetterText.unitName(texts.get(nearest));
        }

        /** The body between the addressee and the contact line (or six lines of it). */
        private String kindBody() {
            StringBuilder body = new StringBuilder();
            int end = contactRow > 0 ? contactRow : Math.min(letterEnd, addresseeRow + 6);
            for (int i = Math.max(0, addresseeRow); i < end; i++) {
                body.append(texts.get(i));
            }
            return body.toString();
        }

        private void found(Field field, int row) {
            Row r = rows.get(row);
            fields.put(field, new FieldEvidence(r.confidence(), r.page(), r.box()));
        }
    }
}
