package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.TrueTypeCollection;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The GB/T 9704 fonts of a reply, loaded once from templates/fonts and shared by every rendering: 仿宋 for
 * the body, 小标宋 (FandolSong-Bold stands in) for titles and the issuer mark, 黑体, 宋体 for page numbers,
 * and Noto Serif CJK SC as the fallback for rare name characters Fandol lacks (垚 喆 燚 犇).
 * Each family is used together with the fallback, e.g. {@code setFontFamily(FANG, FALLBACK)}.
 */
public final class ReplyFonts {

    public static final String FANG = "cqd-fang";
    public static final String TITLE = "cqd-xbs";
    public static final String HEI = "cqd-hei";
    public static final String SONG = "cqd-song";
    public static final String FALLBACK = "cqd-fallback";

    private final FontSet fontSet = new FontSet();
    private final FontProgram fang;

    public ReplyFonts(Path fontsDir) {
        try {
            fang = load(fontsDir.resolve("FandolFang-Regular.otf"));
            fontSet.addFont(fang, PdfEncodings.IDENTITY_H, FANG);
            fontSet.addFont(load(fontsDir.resolve("FandolSong-Bold.otf")), PdfEncodings.IDENTITY_H, TITLE);
            fontSet.addFont(load(fontsDir.resolve("FandolHei-Regular.otf")), PdfEncodings.IDENTITY_H, HEI);
            fontSet.addFont(load(fontsDir.resolve("FandolSong-Regular.otf")), PdfEncodings.IDENTITY_H, SONG);
            fontSet.addFont(simplifiedChineseFace(fontsDir.resolve("NotoSerifCJK-Regular.ttc")),
                    PdfEncodings.IDENTITY_H, FALLBACK);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the reply fonts from " + fontsDir, e);
        }
    }

    /** A fresh provider per document: the provider caches the PdfFont objects of one PdfDocument. */
    public FontProvider newProvider() {
        return new FontProvider(fontSet, FANG);
    }

    /** Width in points of a text set in 仿宋 at the given size and character spacing (for centring). */
    public float fangWidth(String text, float size, float characterSpacing) {
        float w = 0;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            var glyph = fang.getGlyph(cp);
            w += (glyph == null ? 1000 : glyph.getWidth()) * size / 1000f;
            n++;
            i += Character.charCount(cp);
        }
        return w + n * characterSpacing;
    }

    private static FontProgram load(Path file) throws IOException {
        return FontProgramFactory.createFont(Files.readAllBytes(file), false);
    }

    /** The collection holds the JP, KR, SC, TC and HK faces; pick SC by its PostScript name. */
    private static FontProgram simplifiedChineseFace(Path ttc) throws IOException {
        byte[] bytes = Files.readAllBytes(ttc);
        int faces = new TrueTypeCollection(bytes).getTTCSize();
        for (int i = 0; i < faces; i++) {
            FontProgram face = FontProgramFactory.createFont(bytes, i, false);
            if (face.getFontNames().getFontName().toLowerCase(Locale.ROOT).contains("sc")) {
                return face;
            }
        }
        throw new IOException("no SC face in " + ttc);
    }
}
