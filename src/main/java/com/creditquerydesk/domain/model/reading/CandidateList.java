package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.reading.LayoutRows.Row;
import com.creditquerydesk.domain.model.candidate.IdNumberRepair;
import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.creditquerydesk.domain.model.reading.LetterText.idRun;
import static com.creditquerydesk.domain.model.reading.LetterText.normalise;
import static com.creditquerydesk.domain.model.reading.LetterText.personName;

/**
 * The candidate list (附件：查询对象名单) read row by row, across pages. The header row (序号 姓名 身份证号码,
 * often with more columns such as 性别 or 工作单位) says which column holds the name and which the ID:
 * by cell index for DOCX tables, by x position for PDF runs and OCR boxes, and it stays valid on
 * continuation pages that do not repeat it. Without a header, the name is the Chinese text left of the ID.
 */
final class CandidateList {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]+");

    private CandidateList() {
    }

    /** The first row of the list: its header, or else the first row holding an ID; rows.size() if none. */
    static int start(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (isHeader(rows.get(i)) || idRun(normalise(rows.get(i).text())).isPresent()) {
                return i;
            }
        }
        return rows.size();
    }

    static List<ExtractedCandidate> read(List<Row> rows, int from) {
        List<ExtractedCandidate> out = new ArrayList<>();
        Header header = null;
        for (int i = from; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (isHeader(row)) {
                header = Header.of(row).orElse(header);
            } else {
                candidate(row, header).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Two or more cells reading 姓名 and an ID heading (身份证号码, 身份证号, 公民身份号码, 证件号码); the 附件 note line
     * is one cell and longer, a spreadsheet's header row may be longer with its extra columns (docs/rules.md#R35).
     */
    static boolean isHeader(Row row) {
        String t = normalise(row.text());
        return row.cells().size() >= 2 && (t.length() <= 40 || row.sheetRow() > 0) && t.contains("姓名")
                && row.cells().stream().anyMatch(c -> isIdHeading(normalise(c.text())));
    }

    /** Whether a header cell names the ID column: 身份证…, …身份号码, 证件号码 / 证件号 (not 证件类型). */
    static boolean isIdHeading(String cell) {
        return cell.contains("身份证") || cell.contains("身份号码") || cell.contains("证件号");
    }

    /** Where 姓名, the ID and 性别 (-1 if none) sit, by index and, when the source has positions, by column centre. */
    private record Header(int columns, int name, int id, int sex, double[] centres) {

        static Optional<Header> of(Row row) {
            List<TextLine> cells = mergeClose(row.cells());
            int name = -1;
            int id = -1;
            int sex = -1;
            // The first cell of each: a heading merged over two columns repeats in both, the data in the first.
            for (int i = 0; i < cells.size(); i++) {
                String t = normalise(cells.get(i).text());
                if (t.contains("姓名")) {
                    name = name < 0 ? i : name;
                } else if (t.contains("身份") || isIdHeading(t)) {
                    id = id < 0 ? i : id;
                } else if (t.contains("性别")) {
                    sex = sex < 0 ? i : sex;
                }
            }
            if (name < 0 || id < 0) {
                return Optional.empty();
            }
            double[] centres = cells.stream().allMatch(c -> c.box() != null)
                    ? cells.stream().mapToDouble(c -> centreX(c.box())).toArray() : null;
            return Optional.of(new Header(cells.size(), name, id, sex, centres));
        }

        /** The column of the cell at {@code index} of a row of {@code size} cells, or -1 when unsure. */
        int columnOf(int index, TextLine cell, int size) {
            if (centres == null || cell.box() == null) {
                return size == columns ? index : -1;
            }
            int best = 0;
            for (int j = 1; j < centres.length; j++) {
                if (Math.abs(centres[j] - centreX(cell.box())) < Math.abs(centres[best] - centreX(cell.box()))) {
                    best = j;
                }
            }
            return best;
        }
    }

    /** Joins header cells OCR split apart (姓 名): neighbours closer than 1.2 text heights. */
    private static List<TextLine> mergeClose(List<TextLine> cells) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine c : cells) {
            TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.box() != null && c.box() != null
                    && c.box().x() - (last.box().x() + last.box().width()) < 1.2 * Math.max(last.box().height(), c.box().height())) {
                out.set(out.size() - 1, new TextLine(last.text() + c.text(),
                        LayoutRows.union(List.of(last.box(), c.box())), Math.min(last.confidence(), c.confidence())));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<ExtractedCandidate> candidate(Row row, Header header) {
        if (header != null) {
            StringBuilder name = new StringBuilder();
            StringBuilder id = new StringBuilder();
            boolean mapped = true;
            for (int i = 0; i < row.cells().size(); i++) {
                TextLine cell = row.cells().get(i);
                int column = header.columnOf(i, cell, row.cells().size());
                mapped &= column >= 0;
                if (column == header.name()) {
                    nameIn(withoutSex(cell, header)).ifPresent(name::append);
                } else if (column == header.id()) {
                    id.append(normalise(cell.text()));
                }
            }
            Optional<MatchResult> m = idRun(id);
            if (mapped && m.isPresent()) {
                return Optional.of(candidate(row, name.toString(), m.get().group()));
            }
        }
        return byIdPosition(row);
    }

    /**
     * The name cell's text without the sex column OCR joined to it (a long name such as 帕提古丽·阿不力孜
     * reaches close to 男/女): a final 男 or 女 is dropped only when the cell reaches over the 性别 column's
     * centre, so a name such as 李亚男 stays whole.
     */
    private static String withoutSex(TextLine cell, Header header) {
        String t = cell.text().strip();
        boolean overSex = header.sex() >= 0 && header.centres() != null && cell.box() != null
                && cell.box().right() > header.centres()[header.sex()];
        return overSex && (t.endsWith("男") || t.endsWith("女")) ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * Without a usable header: the cell holding an ID-like number, and the name from the Chinese text left
     * of it (a name split in two boxes is joined; a lone 男/女 is a sex column; the serial is ignored).
     */
    private static Optional<ExtractedCandidate> byIdPosition(Row row) {
        List<TextLine> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
            String raw = cells.get(c).text();
            Optional<MatchResult> found = idRun(normalise(raw));
            if (found.isEmpty()) {
                continue;
            }
            MatchResult m = found.get();
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < c; k++) {
                appendNameTokens(cells.get(k).text(), name);
            }
            appendNameTokens(raw.substring(0, rawIndex(raw, m.start())), name); // typed or read as one line
            return Optional.of(candidate(row, name.toString(), m.group()));
        }
        return Optional.empty();
    }

    /** The Chinese text of each whitespace-separated token, except a lone 男 or 女 (a sex column). */
    private static void appendNameTokens(String text, StringBuilder name) {
        for (String token : text.strip().split("[\\s\u3000]+")) {
            if (!token.equals("男") && !token.equals("女")) {
                nameIn(token).ifPresent(name::append);
            }
        }
    }

    /** The index in {@code raw} of the character at {@code index} once whitespace is removed. */
    private static int rawIndex(String raw, int index) {
        int seen = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                continue;
            }
            if (seen++ == index) {
                return i;
            }
        }
        return raw.length();
    }

    /** The ID as IdNumberRepair judges the text read: a repair is a proposal, the reading is kept with it. */
    private static ExtractedCandidate candidate(Row row, String name, String idAsRead) {
        return ExtractedCandidate.read(personName(name), IdNumberRepair.examine(idAsRead), idAsRead, row.confidence(),
                row.page(), row.box(), row.sheetRow());
    }

    private static Optional<String> nameIn(String text) {
        Matcher m = NAME.matcher(personName(text));
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            s.append(m.group());
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s.toString());
    }

    private static double centreX(Box b) {
        return b.x() + b.width() / 2.0;
    }
}
