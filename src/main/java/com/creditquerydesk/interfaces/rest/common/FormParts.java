package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reading a request's parts and parameters, refused in Chinese and English when they do not parse. */
public final class FormParts {

    private FormParts() {
    }

    public static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /** The text of the part of that name, null when there is none. */
    public static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(p -> {
            try {
                return p.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    /** The part's bytes, refused (413) past {@code max}. */
    public static byte[] bytes(EntityPart part, long max) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new DomainException(Kind.TOO_LARGE, "FILE_TOO_LARGE",
                        "文件过大，上限为 " + max / (1024 * 1024) + " MB", "the file is too large; the limit is "
                        + max / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A constant of a closed set by its name; none given is null, for the domain to say what is missing. */
    public static <E extends Enum<E>> E constant(Class<E> type, String s, String name) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("VALUE_UNKNOWN", name + " 的取值不正确：" + s, "unknown value of " + name + ": " + s);
        }
    }

    /** A date YYYY-MM-DD; none given is null. */
    public static LocalDate date(String s, String name) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("DATE_INVALID", "日期参数 " + name + " 应为 YYYY-MM-DD", name + " is a date YYYY-MM-DD");
        }
    }
}
