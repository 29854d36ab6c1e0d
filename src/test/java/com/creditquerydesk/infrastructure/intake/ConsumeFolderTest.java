package com.creditquerydesk.infrastructure.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner's folder (docs/rules.md#R60): when a file is complete, and where it goes, never deleted. */
class ConsumeFolderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsCompleteOnceItsSizeAndTimeStayTheSameOverOneLook() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        Path scan = write("扫描件.pdf", "%PDF-1.7 part");
        assertEquals(List.of(), folder.complete(), "first seen: it may still be written");
        Files.writeString(scan, "%PDF-1.7 part and more", StandardCharsets.UTF_8);
        assertEquals(List.of(), folder.complete(), "it grew since the last look");
        assertEquals(List.of(scan), folder.complete(), "unchanged over one look");
    }

    @Test
    void aFileRewrittenToTheSameSizeIsNotCompleteUntilItsTimeStaysToo() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        Path scan = write("a.pdf", "0123456789");
        Files.setLastModifiedTime(scan, FileTime.from(Instant.parse("2026-03-05T01:00:00Z")));
        folder.complete();
        Files.writeString(scan, "9876543210", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(scan, FileTime.from(Instant.parse("2026-03-05T01:00:05Z")));
        assertEquals(List.of(), folder.complete());
        assertEquals(List.of(scan), folder.complete());
    }

    @Test
    void aMarkerMakesAFileCompleteAtOnceEvenAnEmptyOne() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        Path marked = write("b.pdf", "%PDF");
        write("b.pdf.done", "");
        Path empty = write("empty.pdf", "");
        write("empty.pdf.done", "");
        assertEquals(List.of(marked, empty).stream().sorted().toList(), folder.complete().stream().sorted().toList());
    }

    @Test
    void anEmptyFileWithoutMarkerWaitsForItsContent() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        write("begun.pdf", "");
        folder.complete();
        assertEquals(List.of(), folder.complete());
        assertEquals(List.of(), folder.complete());
    }

    @Test
    void hiddenFilesMarkersAndFoldersAreNeverTaken() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        write(".scan-0001.pdf.tmp", "partial");
        write("orphan.pdf.done", "");
        Files.createDirectories(dir.resolve("sub"));
        write("processed/old.pdf", "done before");
        folder.complete();
        assertEquals(List.of(), folder.complete());
    }

    @Test
    void aLookAfterARestartWaitsOneLookMore() throws IOException {
        write("c.pdf", "%PDF");
        new ConsumeFolder(dir).complete();
        ConsumeFolder restarted = new ConsumeFolder(dir);
        assertEquals(List.of(), restarted.complete(), "what the stopped server saw is forgotten");
        assertEquals(1, restarted.complete().size());
    }

    @Test
    void aProcessedFileMovesWithItsMarkerAndATakenNameGetsANumber() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        write("processed/d.pdf", "an older d.pdf");
        Path d = write("d.pdf", "the new d.pdf");
        write("d.pdf.done", "");
        Path moved = folder.processed(d);
        assertEquals(dir.resolve("processed/d (2).pdf"), moved);
        assertEquals("the new d.pdf", Files.readString(moved));
        assertEquals("an older d.pdf", Files.readString(dir.resolve("processed/d.pdf")), "nothing overwritten");
        assertTrue(Files.exists(dir.resolve("processed/d (2).pdf.done")));
        assertFalse(Files.exists(d));
        assertFalse(Files.exists(dir.resolve("d.pdf.done")));
    }

    @Test
    void aRejectedFileHasItsReasonBesideItInBothLanguages() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        Path exe = write("setup.pdf", "MZ not a letter");
        Path moved = folder.rejected(exe, "不支持的文件类型", "unsupported file type");
        assertEquals(dir.resolve("rejected/setup.pdf"), moved);
        assertEquals("MZ not a letter", Files.readString(moved), "kept as it came");
        String reason = Files.readString(dir.resolve("rejected/setup.pdf.txt"));
        assertTrue(reason.contains("拒收原因：不支持的文件类型") && reason.contains("Reason: unsupported file type"), reason);
        // The same name refused again: a second file and reason, the first left as they are.
        Path again = folder.rejected(write("setup.pdf", "MZ again"), "重复", "duplicate");
        assertEquals(dir.resolve("rejected/setup (2).pdf"), again);
        assertTrue(Files.readString(dir.resolve("rejected/setup (2).pdf.txt")).contains("duplicate"));
        assertTrue(Files.readString(dir.resolve("rejected/setup.pdf.txt")).contains("unsupported"));
    }

    @Test
    void nothingIsEverDeleted() throws IOException {
        ConsumeFolder folder = new ConsumeFolder(dir);
        folder.processed(write("e.pdf", "e"));
        folder.rejected(write("f.pdf", "f"), "原因", "reason");
        folder.processed(write("e.pdf", "e again"));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of("processed/e (2).pdf", "processed/e.pdf", "rejected/f.pdf", "rejected/f.pdf.txt"),
                    all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList());
        }
    }

    @Test
    void namesWithoutAnExtensionAreNumberedToo() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.writeString(dir.resolve("x/README"), "");
        assertEquals(dir.resolve("x/README (2)"), ConsumeFolder.free(dir.resolve("x"), "README"));
        assertEquals(dir.resolve("x/new"), ConsumeFolder.free(dir.resolve("x"), "new"));
    }
}
