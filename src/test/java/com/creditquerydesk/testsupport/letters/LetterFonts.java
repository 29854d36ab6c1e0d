package com.creditquerydesk.testsupport.letters;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The shipped fonts (templates/fonts) by role: 仿宋 for the body, a bold 宋 for titles, 黑体 for headings;
 * text with a character the Fandol fonts lack (喆 垚 燚 犇) falls back to Noto Serif CJK SC as a whole run.
 */
public final class LetterFonts {

    public enum Role { BODY, TITLE, HEADING }

    /** A font file and, for a collection (.ttc), the face inside it. */
    public record FontFile(Path path, int ttcIndex) {
        public boolean isCollection() {
            return path.toString().endsWith(".ttc");
        }
    }

    static final Path DIR = Path.of("templates", "fonts");
    private static final FontFile BODY = new FontFile(DIR.resolve("FandolFang-Regular.otf"), -1);
    private static final FontFile TITLE = new FontFile(DIR.resolve("FandolSong-Bold.otf"), -1);
    private static final FontFile HEADING = new FontFile(DIR.resolve("FandolHei-Regular.otf"), -1);
    /** Face 2 of the collection is Noto Serif CJK SC. */
    private static final FontFile FALLBACK = new FontFile(DIR.resolve("NotoSerifCJK-Regular.ttc"), 2);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final LetterFonts INSTANCE = new LetterFonts();

    private final Font body = load(BODY);
    private final Font title = load(TITLE);
    private final Font heading = load(HEADING);
    private final Font fallback = load(FALLBACK);

    private LetterFonts() {
    }

    public static LetterFonts get() {
        return INSTANCE;
    }

    public FontFile fileFor(Role role, String text) {
        return base(role).canDisplayUpTo(text) < 0 ? file(role) : FALLBACK;
    }

    /** The AWT font for a run of text at a size in points (or pixels when drawing scaled). */
    public Font awtFont(Role role, String text, float size) {
        Font f = base(role);
        return (f.canDisplayUpTo(text) < 0 ? f : fallback).deriveFont(size);
    }

    public float width(Role role, String text, float size) {
        return (float) awtFont(role, text, size).getStringBounds(text, FRC).getWidth();
    }

    private Font base(Role role) {
        return switch (role) {
            case BODY -> body;
            case TITLE -> title;
            case HEADING -> heading;
        };
    }

    private static FontFile file(Role role) {
        return switch (role) {
            case BODY -> BODY;
            case TITLE -> TITLE;
            case HEADING -> HEADING;
        };
    }

    private static Font load(FontFile f) {
        try {
            File file = f.path().toFile();
            return f.isCollection() ? Font.createFonts(file)[f.ttcIndex()] : Font.createFont(Font.TRUETYPE_FONT, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + f.path(), e);
        }
    }
}
