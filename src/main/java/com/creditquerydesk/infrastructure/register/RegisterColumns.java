package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.MaskedIdNumber;
import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a register file and the mapping of one row of cells to a {@link RegisterRecord}, shared
 * by the CSV and XLSX readers. Labels are the public register's (docs/domain.md#register-file); the public query API's
 * field names (iname, cardNum, ...) are accepted as well.
 */
final class RegisterColumns {

    enum Column {
        NAME("姓名", "iname"), ID_NUMBER("身份证号码", "cardNum"), COURT("执行法院", "courtName"),
        PROVINCE("省份", "areaName"), CASE_NUMBER("案号", "caseCode"), BASIS_NUMBER("执行依据文号", "gistId"),
        DUTY("生效法律文书确定的义务", "duty"), PERFORMANCE("被执行人的履行情况", "performance"),
        DISHONEST_CONDUCT("失信被执行人具体情形", "disruptTypeName"), FILED_ON("立案时间", "regDate"),
        PUBLISHED_ON("发布时间", "publishDate");

        final String label;
        final String apiName;

        Column(String label, String apiName) {
            this.label = label;
            this.apiName = apiName;
        }
    }

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private final int[] indexOf = new int[Column.values().length];
    private final int width;

    private RegisterColumns(int width) {
        this.width = width;
    }

    /**
     * Reads the header row. Unknown columns are reported (as a rejected header row) and ignored;
     * a missing column makes the file unusable.
     */
    static RegisterColumns fromHeader(List<String> header, long headerRowNumber, Consumer<RejectedRow> rejected) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            byName.put(c.label, c);
            byName.put(c.apiName.toLowerCase(), c);
        }
        RegisterColumns columns = new RegisterColumns(header.size());
        Arrays.fill(columns.indexOf, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String label = clean(header.get(i));
            Column c = byName.getOrDefault(label, byName.get(label.toLowerCase()));
            if (c == null || columns.indexOf[c.ordinal()] >= 0) {
                unknown.add(label.isEmpty() ? "(" + (i + 1) + ")" : label);
            } else {
                columns.indexOf[c.ordinal()] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (columns.indexOf[c.ordinal()] < 0) {
                missing.add(c.label);
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException("REGISTER_HEADER_INVALID", "登记文件缺少列：" + String.join("、", missing),
                    "the register file lacks the columns " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            rejected.accept(new RejectedRow(headerRowNumber, "未知的列已忽略：" + String.join("、", unknown),
                    "unknown columns ignored: " + String.join(", ", unknown)));
        }
        return columns;
    }

    /** Maps one data row; every problem of the row is reported together. */
    void map(long rowNumber, List<String> cells, ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) {
        if (cells.size() != width) {
            rejected.accept(new RejectedRow(rowNumber, "该行有" + cells.size() + "列，表头有" + width + "列",
                    "the row has " + cells.size() + " cells, the header " + width));
            return;
        }
        List<String> zh = new ArrayList<>(2);
        List<String> en = new ArrayList<>(2);
        MaskedIdNumber id = null;
        try {
            id = MaskedIdNumber.parse(cell(cells, Column.ID_NUMBER));
        } catch (DomainException e) {
            zh.add("身份证号码：" + e.messageZh());
            en.add("ID number: " + e.messageEn());
        }
        LocalDate filed = date(cell(cells, Column.FILED_ON), Column.FILED_ON, zh, en);
        LocalDate published = date(cell(cells, Column.PUBLISHED_ON), Column.PUBLISHED_ON, zh, en);
        if (zh.isEmpty()) {
            try {
                accepted.accept(new RegisterRecord(cell(cells, Column.NAME), id, cell(cells, Column.COURT),
                        cell(cells, Column.PROVINCE), cell(cells, Column.CASE_NUMBER), cell(cells, Column.BASIS_NUMBER),
                        cell(cells, Column.DUTY), cell(cells, Column.PERFORMANCE),
                        cell(cells, Column.DISHONEST_CONDUCT), filed, published), rowNumber);
                return;
            } catch (DomainException e) {
                zh.add(e.messageZh());
                en.add(e.messageEn());
            }
        }
        rejected.accept(new RejectedRow(rowNumber, String.join("；", zh), String.join("; ", en)));
    }

    int width() {
        return width;
    }

    /** Whether a row has no content at all (trailing blank lines of a file are skipped, not rejected). */
    static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String cell(List<String> cells, Column c) {
        String v = cells.get(indexOf[c.ordinal()]);
        return v == null ? "" : v.strip();
    }

    /** 立案时间 and 发布时间: 2018年01月06日 as published, or 2018-01-06 / 2018/1/6. */
    static LocalDate date(String text, Column c, List<String> zh, List<String> en) {
        Matcher m = CHINESE_DATE.matcher(text);
        if (!m.matches()) {
            m = NUMERIC_DATE.matcher(text);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the report below: the pattern fits but the day does not exist
            }
        }
        zh.add(c.label + "不是有效日期（应如2018年01月06日）：" + text);
        en.add(c.apiName + " is not a valid date (expected like 2018年01月06日): " + text);
        return null;
    }

    private static String clean(String label) {
        String s = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFKC);
        return s.replace("\uFEFF", "").strip();
    }
}
