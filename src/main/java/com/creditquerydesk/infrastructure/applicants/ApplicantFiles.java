package com.creditquerydesk.infrastructure.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantFileFormat;
import com.creditquerydesk.domain.model.applicants.ApplicantRowSink;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.register.CsvRecordReader;
import com.creditquerydesk.infrastructure.register.XlsxRows;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.DataFormatter;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applicant lists as units send them (docs/rules.md#R40): XLSX (first sheet) or CSV, told apart by content (an XLSX
 * is a zip: "PK"); a CSV in UTF-8, or in GB18030 as Excel saves it on a Chinese Windows. The header is the first
 * non-blank row and names the columns 姓名 and 身份证号码 anywhere among others; the other columns stay in the kept
 * original and are not read. Streams either format: a row at a time.
 */
@ApplicationScoped
public class ApplicantFiles implements ApplicantFileFormat {

    /** A list of 200,000 applicants has about 20 MB of shared strings; an XLSX "bomb" is refused before it loads. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    private static final Set<String> NAME_HEADERS = Set.of("姓名");
    private static final Set<String> ID_HEADERS = Set.of("身份证号码", "身份证号", "公民身份号码", "身份证件号码");
    private static final int SNIFF_BYTES = 1 << 16;

    private final long maxSharedStringsBytes;

    public ApplicantFiles() {
        this(MAX_SHARED_STRINGS_BYTES);
    }

    ApplicantFiles(long maxSharedStringsBytes) {
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    @Override
    public void checkHeader(Path file) throws IOException {
        read(file, null);
    }

    @Override
    public void read(Path file, ApplicantRowSink sink) throws IOException {
        Columns columns = new Columns(sink);
        if (isZip(file)) {
            XlsxRows.read(file, false, maxSharedStringsBytes, new DataFormatter(), columns::row);
        } else {
            try (InputStreamReader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file),
                    SNIFF_BYTES), charsetOf(file).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
                CsvRecordReader csv = new CsvRecordReader(reader);
                long row = 0;
                for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                    columns.row(++row, cells);
                }
            } catch (XlsxRows.Stop stop) {
                // the header was all that was wanted
            }
        }
        if (!columns.sawHeader()) {
            throw new DomainException("APPLICANT_FILE_EMPTY", "名单文件为空", "the applicant list is empty");
        }
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 2) == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    /** UTF-8 when the file's start decodes as UTF-8 (a sequence cut at the end of the sample aside), else GB18030. */
    static Charset charsetOf(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SNIFF_BYTES);
        }
        // a multi-byte sequence the sample cuts off at its end is not an error unless the file ends there
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), sample.length < SNIFF_BYTES);
        return r.isError() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** Finds the two columns in the header, then hands each data row's two cells on (null sink: header only). */
    private static final class Columns {
        private final ApplicantRowSink sink;
        private int name = -1;
        private int id = -1;
        private boolean sawHeader;

        Columns(ApplicantRowSink sink) {
            this.sink = sink;
        }

        boolean sawHeader() {
            return sawHeader;
        }

        void row(long rowNumber, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (!sawHeader) {
                header(cells);
                sawHeader = true;
                if (sink == null) {
                    throw new XlsxRows.Stop();
                }
                return;
            }
            sink.row(rowNumber, cell(cells, name), cell(cells, id));
        }

        private void header(List<String> cells) {
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String h = Normalizer.normalize(cells.get(i) == null ? "" : cells.get(i), Normalizer.Form.NFKC)
                        .replaceAll("[\\s*＊]", "");
                // a file without its header would show its first applicant: an ID is shown masked (docs/rules.md#R14)
                seen.add(h.matches("[0-9Xx]{15,18}") ? IdNumber.mask(h) : h);
                if (name < 0 && NAME_HEADERS.contains(h)) {
                    name = i;
                } else if (id < 0 && ID_HEADERS.contains(h)) {
                    id = i;
                }
            }
            if (name < 0 || id < 0) {
                String missing = name < 0 && id < 0 ? "姓名、身份证号码" : name < 0 ? "姓名" : "身份证号码";
                String missingEn = name < 0 && id < 0 ? "姓名 (name) and 身份证号码 (ID number)"
                        : name < 0 ? "姓名 (name)" : "身份证号码 (ID number)";
                String shown = String.join("，", seen.subList(0, Math.min(seen.size(), 20)));
                throw new DomainException(Kind.INVALID, "APPLICANT_COLUMN_MISSING",
                        "名单首行缺少列：" + missing + "（首行为：" + shown + "）",
                        "the list's header lacks the column " + missingEn + " (the header reads: " + shown + ")");
            }
        }

        private static String cell(List<String> cells, int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
        }
    }
}
