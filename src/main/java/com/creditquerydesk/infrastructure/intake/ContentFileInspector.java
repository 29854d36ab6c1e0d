package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import com.creditquerydesk.domain.model.reading.SheetList;
import com.creditquerydesk.infrastructure.extraction.OfdDocument;
import com.creditquerydesk.infrastructure.extraction.SpreadsheetReader;
import com.creditquerydesk.infrastructure.extraction.WordBinaryTextReader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Content-based inspection of uploaded letters: Tika's magic detection, then a check of the file's structure per
 * type under a budget (PdfStructure, ImageStructure, ZipStructure, the spreadsheet's rows), on an executor of its own and within a
 * wall-clock limit, so no upload can take the heap or the request threads (README "What intake refuses").
 */
@ApplicationScoped
public class ContentFileInspector implements FileInspector {

    /** What a letter may be, as the refusal of anything else says it. */
    static final String ACCEPTED = "PDF、OFD、DOCX、DOC/WPS、PNG、JPEG、TIFF，或查询对象名单表格 XLSX、XLS、CSV";
    static final String ACCEPTED_EN = "PDF, OFD, DOCX, DOC/WPS, PNG, JPEG, TIFF, or a candidate list as XLSX, XLS or CSV";

    /** Decoded bytes one PDF stream may have: content streams and the like, embedded fonts, the whole file. */
    static final long MAX_PDF_STREAM = 16L * 1024 * 1024;
    static final long MAX_PDF_FONT_STREAM = 64L * 1024 * 1024;
    static final long MAX_PDF_DECODED = 1024L * 1024 * 1024;
    static final int MAX_PDF_OBJECTS = 200_000;

    private final Tika tika = new Tika();

    private final UploadLimits limits;
    private final Duration timeout;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-inspection")
    ManagedExecutorService executor;

    @Inject
    public ContentFileInspector(AppConfig config) {
        this(config.uploadLimits(), config.inspectionTimeout());
    }

    public ContentFileInspector(UploadLimits limits, Duration timeout) {
        this.limits = limits;
        this.timeout = timeout;
    }

    /** For CDI's proxy only. */
    protected ContentFileInspector() {
        this.limits = null;
        this.timeout = null;
    }

    /** Runs {@link #check} on the inspection executor; a file that takes longer than the limit is refused. */
    @Override
    public InspectedFile inspect(byte[] content) {
        Future<InspectedFile> job;
        try {
            job = executor.submit(() -> check(content));
        } catch (RejectedExecutionException e) {
            throw new DomainException(Kind.LOCKED, "INTAKE_BUSY", "服务器正在检查大量来函文件，请稍后重试",
                    "the server is checking many uploaded files; try again in a moment");
        }
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new DomainException(Kind.UNPROCESSABLE, "FILE_CHECK_TIMEOUT",
                    "文件结构过于复杂，" + timeout.toSeconds() + " 秒内未能检查完毕，已拒收",
                    "the file is too complex to check within " + timeout.toSeconds() + " s and was refused");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException de) {
                throw de;
            }
            throw corrupt("文件无法读取", "the file cannot be read (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new IllegalStateException("interrupted while checking an upload", e);
        }
    }

    /** The checks themselves, on the calling thread. */
    InspectedFile check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException(Kind.INVALID, "FILE_EMPTY", "上传的文件为空", "the uploaded file is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(content.length);
        }
        String detected = tika.detect(content);
        return switch (detected) {
            case "application/pdf" -> new InspectedFile(LetterFileType.PDF, pdfPages(content));
            case "image/png" -> new InspectedFile(LetterFileType.PNG, imagePages(LetterFileType.PNG, content));
            case "image/jpeg" -> new InspectedFile(LetterFileType.JPEG, imagePages(LetterFileType.JPEG, content));
            case "image/tiff" -> new InspectedFile(LetterFileType.TIFF, imagePages(LetterFileType.TIFF, content));
            case "application/zip", "application/x-tika-ooxml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> checkZip(content);
            case "application/x-tika-msoffice", "application/vnd.ms-excel", "application/msword" -> checkOle2(content);
            // Text without a type of its own: a CSV list (UTF-8 or GB18030), else refused for what it lacks.
            case "text/plain", "text/csv" -> csv(content, detected);
            // Tika calls text with many GB18030 bytes binary: it is a CSV if it decodes as one of the two.
            default -> {
                if (detected.equals("application/octet-stream") && SpreadsheetReader.text(content).isPresent()) {
                    yield csv(content, detected);
                }
                throw unsupported(detected);
            }
        };
    }

    private DomainException tooLarge(long size) {
        return FileInspector.tooLarge(size, limits.maxBytes());
    }

    private int pdfPages(byte[] content) {
        try {
            PdfStructure.check(content, new PdfStructure.Budget(MAX_PDF_OBJECTS, MAX_PDF_STREAM, MAX_PDF_FONT_STREAM,
                    limits.maxPixels() * 4, MAX_PDF_DECODED, limits.maxPixels()));
        } catch (PdfStructure.Refused r) {
            throw switch (r.problem) {
                case ENCRYPTED -> encryptedPdf();
                case ACTIVE_CONTENT -> new DomainException(Kind.UNPROCESSABLE, "PDF_ACTIVE_CONTENT",
                        "PDF 文件含有脚本或嵌入文件，已拒收；请另存为不含脚本和附件的 PDF 后上传",
                        "the PDF contains scripts or embedded files (" + r.getMessage()
                                + ") and was refused; save it without scripts or attachments");
                case TOO_LARGE -> new DomainException(Kind.TOO_LARGE, "PDF_BOMB",
                        "PDF 文件解压后远超来函的大小（疑似压缩炸弹），已拒收",
                        "the PDF expands to far more than a letter (" + r.getMessage() + ") and was refused");
                case CORRUPT -> corrupt("PDF 文件结构已损坏或不完整，无法完整读取；请重新导出或扫描后上传",
                        "the PDF is broken or incomplete (" + r.getMessage() + "); export or scan it again");
            };
        }
        // The structure is sound and every stream fits the budget: PDFBox may now count the pages, buffering
        // what it decodes in a temporary file rather than the heap.
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupTempFileOnly(MAX_PDF_DECODED).streamCache)) {
            if (doc.isEncrypted()) {
                throw encryptedPdf();
            }
            int pages = doc.getNumberOfPages();
            if (pages < 1) {
                throw corrupt("PDF 文件没有页面", "the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new DomainException(Kind.TOO_LARGE, "PDF_TOO_MANY_PAGES",
                        "PDF 页数过多（" + pages + " 页），上限为 " + limits.maxPages() + " 页",
                        "the PDF has too many pages (" + pages + "); the limit is " + limits.maxPages());
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw encryptedPdf();
        } catch (IOException e) {
            throw corrupt("PDF 文件已损坏，无法读取", "the PDF is corrupt and cannot be read");
        }
    }

    private static DomainException encryptedPdf() {
        return new DomainException(Kind.UNPROCESSABLE, "PDF_ENCRYPTED", "PDF 文件已加密，请上传未加密的文件",
                "the PDF is encrypted; upload an unencrypted file");
    }

    /** One page per PNG or JPEG; a TIFF's pages. Sizes come from the headers: nothing is decoded into pixels. */
    private int imagePages(LetterFileType type, byte[] content) {
        try {
            return switch (type) {
                case PNG -> {
                    ImageStructure.png(content, limits.maxPixels());
                    yield 1;
                }
                case JPEG -> {
                    ImageStructure.jpeg(content, limits.maxPixels());
                    yield 1;
                }
                default -> ImageStructure.tiff(content, limits.maxPixels(), limits.maxPages());
            };
        } catch (ImageStructure.Refused r) {
            if (r.problem == ImageStructure.Problem.TOO_MANY_PIXELS) {
                throw new DomainException(Kind.TOO_LARGE, "IMAGE_TOO_MANY_PIXELS",
                        "图像像素过多（" + r.getMessage() + "），上限为每页 " + limits.maxPixels() + " 像素",
                        "the image has too many pixels (" + r.getMessage() + "); the limit is " + limits.maxPixels());
            }
            if (r.problem == ImageStructure.Problem.TOO_MANY_PAGES) {
                throw new DomainException(Kind.TOO_LARGE, "IMAGE_TOO_MANY_PAGES",
                        "图像页数过多，上限为 " + limits.maxPages() + " 页",
                        "the image has too many pages (" + r.getMessage() + "); the limit is " + limits.maxPages());
            }
            throw corrupt("图像文件已损坏或不完整，无法完整读取；请重新扫描后上传",
                    "the image is broken or incomplete (" + r.getMessage() + "); scan it again");
        } catch (RuntimeException e) {
            throw corrupt("图像文件已损坏，无法读取", "the image is corrupt and cannot be read");
        }
    }

    /** DOCX, XLSX or OFD by the container's main part, within its budget (ZipStructure); a spreadsheet must hold a list. */
    private InspectedFile checkZip(byte[] content) {
        ZipStructure.Container container;
        try {
            container = ZipStructure.check(content);
        } catch (ZipStructure.Refused r) {
            String kind = r.container == null ? "ZIP" : r.container.name();
            throw switch (r.problem) {
                case NOT_A_KNOWN_CONTAINER -> new DomainException(Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED",
                        "不支持的文件类型：压缩包不是 Word 文档（DOCX）、Excel 表格（XLSX）或 OFD 版式文件",
                        "unsupported file type: the archive is not a Word document (DOCX), an Excel workbook (XLSX) "
                                + "or an OFD");
                case TOO_LARGE -> new DomainException(Kind.TOO_LARGE, kind + "_ZIP_BOMB",
                        kind + " 文件解压后过大（疑似压缩炸弹），已拒收",
                        "the " + kind + " expands to far more than a letter (a zip bomb) and was refused");
                case ENTITIES -> new DomainException(Kind.UNPROCESSABLE, kind + "_EXTERNAL_ENTITIES",
                        kind + " 文件含有 DTD 或外部实体声明，已拒收",
                        "the " + kind + " declares a DTD or external entities and was refused");
                case CORRUPT -> corrupt(kind + " 文件已损坏或结构异常，无法读取",
                        "the " + kind + " is corrupt or malformed (" + r.getMessage() + ") and cannot be read");
            };
        }
        return switch (container) {
            case DOCX -> new InspectedFile(LetterFileType.DOCX, 1);
            case XLSX -> spreadsheet(LetterFileType.XLSX, SpreadsheetReader.Format.XLSX, content);
            case OFD -> new InspectedFile(LetterFileType.OFD, ofdPages(content));
        };
    }

    /**
     * An OFD is read through (its XML with DTDs refused, every path it names inside it): its pages within the page
     * limit, each page image a PNG, JPEG or TIFF whose header is within the pixel limit (docs/rules.md#R37).
     */
    private int ofdPages(byte[] content) {
        OfdDocument ofd = OfdDocument.read(content);
        if (ofd.pages().size() > limits.maxPages()) {
            throw new DomainException(Kind.TOO_LARGE, "OFD_TOO_MANY_PAGES",
                    "OFD 页数过多（" + ofd.pages().size() + " 页），上限为 " + limits.maxPages() + " 页",
                    "the OFD has too many pages (" + ofd.pages().size() + "); the limit is " + limits.maxPages());
        }
        for (OfdDocument.OfdPage page : ofd.pages()) {
            for (OfdDocument.OfdImage image : page.images()) {
                LetterFileType type = switch (image.format()) {
                    case "PNG" -> LetterFileType.PNG;
                    case "JPG", "JPEG" -> LetterFileType.JPEG;
                    case "TIF", "TIFF" -> LetterFileType.TIFF;
                    default -> throw new DomainException(Kind.UNSUPPORTED, "OFD_IMAGE_UNSUPPORTED",
                            "OFD 第 " + page.number() + " 页的图像格式（" + image.format() + "）无法读取：只支持 PNG、JPEG、TIFF",
                            "page " + page.number() + " of the OFD has an image in " + image.format()
                                    + ", which cannot be read: only PNG, JPEG and TIFF are");
                };
                imagePages(type, image.data());
            }
        }
        return ofd.pages().size();
    }

    /**
     * A spreadsheet is read through under its row budget and must hold a candidate list (a header with 姓名 and an
     * ID column): what would fail when read is refused now, before anything is registered (docs/rules.md#R35).
     */
    private static InspectedFile spreadsheet(LetterFileType type, SpreadsheetReader.Format format, byte[] content) {
        SheetList.of(SpreadsheetReader.read(content, format));
        return new InspectedFile(type, 1);
    }

    /** Text is a CSV list when it is a table (two rows of two cells at least: a header and a row); prose is not. */
    private static InspectedFile csv(byte[] content, String detected) {
        List<SheetList.Sheet> sheets = SpreadsheetReader.read(content, SpreadsheetReader.Format.CSV);
        if (sheets.stream().flatMap(s -> s.rows().stream()).filter(r -> r.cells().size() >= 2).count() < 2) {
            throw unsupported(detected);
        }
        SheetList.of(sheets);
        return new InspectedFile(LetterFileType.CSV, 1);
    }

    /**
     * An OLE2 compound file: an Excel 97–2003 workbook (a Workbook or Book stream) or a Word 97–2003 / WPS document
     * (a WordDocument stream) is accepted.
     */
    private static InspectedFile checkOle2(byte[] content) {
        Set<String> streams;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            streams = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw corrupt("Office 97–2003 文件已损坏，无法读取", "the Office 97–2003 file is corrupt and cannot be read");
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return spreadsheet(LetterFileType.XLS, SpreadsheetReader.Format.XLS, content);
        }
        if (streams.contains("WordDocument")) {
            // Read through now: what HWPF cannot read (older WPS formats, damage) is refused, not failed later.
            new WordBinaryTextReader().read(content);
            return new InspectedFile(LetterFileType.DOC, 1);
        }
        throw unsupported("Office 97–2003 (" + String.join(", ", streams) + ")");
    }

    private static DomainException unsupported(String detected) {
        return new DomainException(Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED",
                "不支持的文件类型（" + detected + "）：只接收 " + ACCEPTED,
                "unsupported file type (" + detected + "): only " + ACCEPTED_EN + " are accepted");
    }

    private static DomainException corrupt(String zh, String en) {
        return new DomainException(Kind.UNPROCESSABLE, "FILE_CORRUPT", zh, en);
    }

}
