package com.creditquerydesk.infrastructure.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scanner's folder on disk (docs/rules.md#R60): which of its files are complete, and where each goes once it
 * has been handled. A file is complete when a marker {@code <name>.done} stands beside it, or when its size and
 * time are the same as at the previous look. Nothing is ever deleted: a handled file is moved to {@code processed/}
 * or to {@code rejected/} with the reason beside it in {@code <name>.txt}; a name already taken there gets a number.
 * Hidden files (a scanner's or a copy's temporary ".name") and the markers themselves are never taken.
 * Not thread-safe: one poll at a time.
 */
public final class ConsumeFolder {

    static final String MARKER = ".done";
    static final String PROCESSED = "processed";
    static final String REJECTED = "rejected";

    private final Path dir;

    /** Each waiting file's size and time at the previous look; forgotten at a restart, so it waits one look more. */
    private final Map<Path, Seen> seen = new HashMap<>();

    private record Seen(long size, FileTime modified) {
    }

    public ConsumeFolder(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve(PROCESSED));
        Files.createDirectories(dir.resolve(REJECTED));
    }

    /** The files complete at this look, oldest first. */
    public List<Path> complete() throws IOException {
        Map<Path, Seen> now = new HashMap<>();
        List<Path> complete = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(MARKER)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    continue;
                }
                Seen look = new Seen(a.size(), a.lastModifiedTime());
                // An empty file is a scan only just begun, unless its marker says it is all there is.
                if (Files.exists(marker(p)) || look.size() > 0 && look.equals(seen.get(p))) {
                    complete.add(p);
                } else {
                    now.put(p, look);
                }
            }
        }
        seen.clear();
        seen.putAll(now);
        complete.sort((x, y) -> lastModified(x).compareTo(lastModified(y)));
        return complete;
    }

    /** Moves a registered file (and its marker) to processed/. */
    public Path processed(Path file) throws IOException {
        return moveInto(dir.resolve(PROCESSED), file);
    }

    /**
     * Moves a refused file (and its marker) to rejected/, its reason in both languages in {@code <name>.txt} beside
     * it. The reason is written first: a stop between the two leaves the file to be refused again, never a refused
     * file without its reason.
     */
    public Path rejected(Path file, String reasonZh, String reasonEn) throws IOException {
        Path target = free(dir.resolve(REJECTED), file.getFileName().toString());
        Files.writeString(target.resolveSibling(target.getFileName() + ".txt"),
                "拒收原因：" + reasonZh + System.lineSeparator() + "Reason: " + reasonEn + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return move(file, target);
    }

    private Path moveInto(Path into, Path file) throws IOException {
        return move(file, free(into, file.getFileName().toString()));
    }

    private Path move(Path file, Path target) throws IOException {
        Path marker = marker(file);
        moveOne(file, target);
        if (Files.exists(marker)) {
            moveOne(marker, free(target.getParent(), target.getFileName() + MARKER));
        }
        seen.remove(file);
        return target;
    }

    private static void moveOne(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** {@code name} in {@code into}, or "name (2).ext", "name (3).ext" … when it is taken. */
    static Path free(Path into, String name) {
        Path p = into.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(p); n++) {
            p = into.resolve(stem + " (" + n + ")" + ext);
        }
        return p;
    }

    private static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + MARKER);
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
