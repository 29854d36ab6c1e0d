package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Content-based inspection of uploaded letters (Tika's magic detection, then a check per type). */
@ApplicationScoped
public class ContentFileInspector implements FileInspector {

    /** Zip limits for DOCX: a real letter is a few hundred KB of XML in a few dozen parts. */
    static final long MAX_DOCX_UNCOMPRESSED = 200L * 1024 * 1024;
    static final int MAX_DOCX_ENTRIES = 2000;
    static final int MAX_DOCX_RATIO = 100;

    private final Tika tika = new Tika();

    private final UploadLimits limits;

    @Inject
    public ContentFileInspector(AppConfig config) {
        this(config.uploadLimits());
    }

    public ContentFileInspector(UploadLimits limits) {
        this.limits = limits;
    }

    /** For CDI's proxy only. */
    protected ContentFileInspector() {
        this.limits = null;
    }

    @Override
    public InspectedFile inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException(Kind.INVALID, "FILE_EMPTY", "上传的文件为空", "the uploaded file is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(content.length);
        }
        String detected = tika.detect(content);
        return switch (detected) {
            case "application/pdf" -> new InspectedFile(LetterFileType.PDF, pdfPages(content));
            case "image/png" -> new InspectedFile(LetterFileType.PNG, imagePages(content));
            case "image/jpeg" -> new InspectedFile(LetterFileType.JPEG, imagePages(content));
            case "image/tiff" -> new InspectedFile(LetterFileType.TIFF, imagePages(content));
            case "application/zip", "application/x-tika-ooxml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                    new InspectedFile(LetterFileType.DOCX, checkDocx(content));
            default -> throw new DomainException(Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED",
                    "不支持的文件类型（" + detected + "）：只接收 PDF、DOCX、PNG、JPEG、TIFF",
                    "unsupported file type (" + detected + "): only PDF, DOCX, PNG, JPEG and TIFF are accepted");
        };
    }

    private DomainException tooLarge(long size) {
        long limitMb = limits.maxBytes() / (1024 * 1024);
        return new DomainException(Kind.TOO_LARGE, "FILE_TOO_LARGE",
                "文件过大（" + size + " 字节），上限为 " + limitMb + " MB",
                "the file is too large (" + size + " bytes); the limit is " + limitMb + " MB");
    }

    private int pdfPages(byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache)) {
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

    private int imagePages(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw corrupt("图像文件已损坏，无法读取", "the image is corrupt and cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int pages = reader.getNumImages(true);
                if (pages < 1) {
                    throw corrupt("图像文件没有页面", "the image has no pages");
                }
                if (pages > limits.maxPages()) {
                    throw new DomainException(Kind.TOO_LARGE, "IMAGE_TOO_MANY_PAGES",
                            "图像页数过多（" + pages + " 页），上限为 " + limits.maxPages() + " 页",
                            "the image has too many pages (" + pages + "); the limit is " + limits.maxPages());
                }
                for (int i = 0; i < pages; i++) {
                    // Header dimensions only: a decompression bomb is refused before a pixel is decoded.
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > limits.maxPixels()) {
                        throw new DomainException(Kind.TOO_LARGE, "IMAGE_TOO_MANY_PIXELS",
                                "图像像素过多（第 " + (i + 1) + " 页 " + pixels + " 像素），上限为 " + limits.maxPixels(),
                                "the image has too many pixels (page " + (i + 1) + ": " + pixels + "); the limit is "
                                        + limits.maxPixels());
                    }
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException de) {
                throw de;
            }
            throw corrupt("图像文件已损坏，无法读取", "the image is corrupt and cannot be read");
        }
    }

    /** Streams through every part, counting real (not declared) sizes, and refuses DTDs (external entities). */
    private int checkDocx(byte[] content) {
        boolean contentTypes = false;
        boolean wordDocument = false;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buf = new byte[16384];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_DOCX_ENTRIES) {
                    throw zipBomb();
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                wordDocument |= name.equals("word/document.xml");
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                Tail tail = new Tail();
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_DOCX_UNCOMPRESSED || total > (long) MAX_DOCX_RATIO * content.length) {
                        throw zipBomb();
                    }
                    if (xml && tail.containsDtd(buf, n)) {
                        throw new DomainException(Kind.UNPROCESSABLE, "DOCX_EXTERNAL_ENTITIES",
                                "DOCX 文件含有 DTD 或外部实体声明，已拒收",
                                "the DOCX declares a DTD or external entities and was refused");
                    }
                }
            }
        } catch (IOException e) {
            throw corrupt("DOCX 文件已损坏，无法读取", "the DOCX is corrupt and cannot be read");
        }
        if (!contentTypes || !wordDocument) {
            throw new DomainException(Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED",
                    "不支持的文件类型：压缩包不是 Word 文档（DOCX）",
                    "unsupported file type: the archive is not a Word document (DOCX)");
        }
        return 1;
    }

    /** Finds "<!DOCTYPE" / "<!ENTITY" across buffer boundaries. */
    private static final class Tail {
        private String carry = "";

        boolean containsDtd(byte[] buf, int n) {
            String chunk = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
            carry = chunk.substring(Math.max(0, chunk.length() - 9));
            return chunk.contains("<!DOCTYPE") || chunk.contains("<!ENTITY");
        }
    }

    private static DomainException zipBomb() {
        return new DomainException(Kind.TOO_LARGE, "DOCX_ZIP_BOMB", "DOCX 文件解压后过大（疑似压缩炸弹），已拒收",
                "the DOCX expands to far more than a letter (a zip bomb) and was refused");
    }

    private static DomainException corrupt(String zh, String en) {
        return new DomainException(Kind.UNPROCESSABLE, "FILE_CORRUPT", zh, en);
    }

}
