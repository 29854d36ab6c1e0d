package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.testsupport.letters.LaidOutPage.Rule;
import com.creditquerydesk.testsupport.letters.LaidOutPage.Seal;
import com.creditquerydesk.testsupport.letters.LaidOutPage.TextItem;
import com.creditquerydesk.testsupport.letters.LetterFonts.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a letter on A4 pages following GB/T 9704 (docs/domain.md#templates): 37 mm top, 28 mm left margin, 156 mm type
 * area, body 3号 (16 pt) 仿宋, title 2号 (22 pt); the unit and the date 右空四字 with the seal over them; the
 * candidate list (附件) as a bordered table on the following pages.
 */
public final class LetterLayout {

    private static final float LEFT = 79.4f;
    private static final float TOP = 104.9f;
    private static final float TEXT_WIDTH = 442.2f;
    private static final float RIGHT = LEFT + TEXT_WIDTH;
    private static final float BOTTOM = LaidOutPage.HEIGHT - 90f;
    private static final float BODY = 16f;
    private static final float LINE = 29f;
    private static final float CELL = 14f;
    private static final float ROW = 27f;
    private static final float[] THREE_COLUMNS = {60f, 150f, 232.2f};
    private static final float[] FIVE_COLUMNS = {36f, 120f, 36f, 150f, 100.2f};

    private final LetterFonts fonts = LetterFonts.get();
    private final List<LaidOutPage> pages = new ArrayList<>();
    private List<TextItem> items;
    private List<Rule> rules;
    private Seal seal;

    private LetterLayout() {
    }

    /** @param repeatHeader repeat the table's header row on continuation pages */
    public static List<LaidOutPage> layout(LetterSpec spec, boolean repeatHeader) {
        LetterLayout l = new LetterLayout();
        l.letterPage(spec);
        l.attachmentPages(spec, repeatHeader);
        return List.copyOf(l.pages);
    }

    private void letterPage(LetterSpec spec) {
        newPage();
        float y = TOP;
        if (spec.letterhead()) {
            y = letterhead(spec);
        }
        for (String line : wrap(spec.title(), Role.TITLE, 22f, TEXT_WIDTH, 0)) {
            centered(line, Role.TITLE, 22f, y);
            y += 22f * 1.5f;
        }
        if (!spec.letterhead()) {
            centered(spec.docNumberText(), Role.BODY, BODY, y);
            y += LINE * 1.5f;
        } else {
            y += LINE * 0.5f;
        }
        left(spec.addressee() + "：", y, 0);
        y += LINE;
        List<String> body = wrap(spec.body(), Role.BODY, BODY, TEXT_WIDTH, 2 * BODY);
        for (int i = 0; i < body.size(); i++) {
            left(body.get(i), y, i == 0 ? 2 * BODY : 0);
            y += LINE;
        }
        if (spec.contactPlace() == LetterSpec.ContactPlace.AFTER_BODY) {
            left(spec.contactText(), y, 2 * BODY);
            y += 2 * LINE;
        }
        left("附件：查询对象名单（姓名、身份证号码）", y, 2 * BODY);
        y += 3 * LINE;
        if (spec.contactPlace() == LetterSpec.ContactPlace.OVER_SEAL) {
            left(spec.contactText(), y - 1.2f * LINE, 2 * BODY);
        }
        String date = spec.dateText();
        float dateWidth = fonts.width(Role.BODY, date, BODY);
        float dateRight = RIGHT - 4 * BODY;
        float center = dateRight - dateWidth / 2;
        float unitWidth = fonts.width(Role.BODY, spec.senderUnit(), BODY);
        float unitX = Math.min(center - unitWidth / 2, RIGHT - unitWidth);
        add(spec.senderUnit(), Role.BODY, BODY, unitX, y, false);
        add(date, Role.BODY, BODY, dateRight - dateWidth, y + LINE, false);
        seal = new Seal(spec.senderUnit(), center, y + LINE / 2 - BODY * 0.4f, 60f);
        if (spec.contactPlace() == LetterSpec.ContactPlace.UNDER_SEAL) {
            left(spec.contactText(), y + 3.5f * LINE, 0);
        }
    }

    /**
     * 信函格式 (GB/T 9704): the issuer's name in red 30 mm from the top, a red double rule (thick over thin)
     * 4 mm below it, and the document number flush right under the rule. Answers where the title goes.
     */
    private float letterhead(LetterSpec spec) {
        float size = Math.min(26f, 26f * TEXT_WIDTH / fonts.width(Role.TITLE, spec.senderUnit(), 26f));
        float w = fonts.width(Role.TITLE, spec.senderUnit(), size);
        float top = 85f;
        items.add(new TextItem(spec.senderUnit(), Role.TITLE, size, LEFT + (TEXT_WIDTH - w) / 2, top + size * 0.88f, w,
                false, true));
        float rule = top + size + 11.3f;
        rules.add(new Rule(LEFT - 14f, rule, RIGHT + 14f, rule, 2f, true));
        rules.add(new Rule(LEFT - 14f, rule + 3f, RIGHT + 14f, rule + 3f, 0.6f, true));
        float numberWidth = fonts.width(Role.BODY, spec.docNumberText(), BODY);
        add(spec.docNumberText(), Role.BODY, BODY, RIGHT - numberWidth, rule + 8f, false);
        return rule + 8f + LINE * 1.8f;
    }

    private void attachmentPages(LetterSpec spec, boolean repeatHeader) {
        newPage();
        add("附件", Role.HEADING, BODY, LEFT, TOP, false);
        centered("查询对象名单", Role.TITLE, 20f, TOP + LINE * 1.5f);
        float[] columns = spec.extraColumns() ? FIVE_COLUMNS : THREE_COLUMNS;
        float y = row(TOP + LINE * 2.5f, columns, spec.tableHeader());
        for (int i = 0; i < spec.candidates().size(); i++) {
            if (y + ROW > BOTTOM) {
                newPage();
                y = TOP - BODY;
                if (repeatHeader) {
                    y = row(y, columns, spec.tableHeader());
                }
            }
            y = row(y, columns, spec.tableRow(i));
        }
        finishPage();
    }

    /** One bordered table row whose top is at y; answers the next row's top. */
    private float row(float y, float[] columns, List<String> cells) {
        float x = LEFT;
        rules.add(new Rule(LEFT, y, RIGHT, y, 0.75f, false));
        rules.add(new Rule(LEFT, y + ROW, RIGHT, y + ROW, 0.75f, false));
        for (int i = 0; i < cells.size(); i++) {
            rules.add(new Rule(x, y, x, y + ROW, 0.75f, false));
            // a text wider than its cell is shrunk to fit (as typists do), keeping 3 pt padding each side
            float size = Math.min(CELL, CELL * (columns[i] - 6f) / fonts.width(Role.BODY, cells.get(i), CELL));
            float w = fonts.width(Role.BODY, cells.get(i), size);
            add(cells.get(i), Role.BODY, size, x + (columns[i] - w) / 2, y + ROW / 2 + CELL * 0.35f, true);
            x += columns[i];
        }
        rules.add(new Rule(RIGHT, y, RIGHT, y + ROW, 0.75f, false));
        return y + ROW;
    }

    private void centered(String text, Role role, float size, float top) {
        float w = fonts.width(role, text, size);
        add(text, role, size, LEFT + (TEXT_WIDTH - w) / 2, top, false);
    }

    private void left(String text, float top, float indent) {
        add(text, Role.BODY, BODY, LEFT + indent, top, false);
    }

    /** @param top for running text the line's top; cells pass their baseline directly */
    private void add(String text, Role role, float size, float x, float top, boolean cell) {
        float baseline = cell ? top : top + size * 0.88f;
        items.add(new TextItem(text, role, size, x, baseline, fonts.width(role, text, size), cell, false));
    }

    /**
     * Greedy character wrap (Chinese text has no spaces to break at); closing punctuation never starts a
     * line (避头点), it hangs at the end of the previous one.
     */
    private List<String> wrap(String text, Role role, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        float available = width - firstIndent;
        for (int end = 1; end <= text.length(); end++) {
            if (fonts.width(role, text.substring(start, end), size) > available) {
                int cut = "，。、；：）》”！？".indexOf(text.charAt(end - 1)) >= 0 ? end : end - 1;
                lines.add(text.substring(start, cut));
                start = cut;
                available = width;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private void newPage() {
        finishPage();
        items = new ArrayList<>();
        rules = new ArrayList<>();
        seal = null;
    }

    private void finishPage() {
        if (items != null) {
            // GB/T 9704 7.5: the page number as "— N —" under the text block, which OCR reads as a line of its own.
            centered("— " + (pages.size() + 1) + " —", Role.BODY, 14f, BOTTOM + 40f);
            pages.add(new LaidOutPage(pages.size() + 1, List.copyOf(items), List.copyOf(rules), seal));
            items = null;
        }
    }
}
