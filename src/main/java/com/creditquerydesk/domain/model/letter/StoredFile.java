package com.creditquerydesk.domain.model.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The original file of a letter: bytes kept once, immutable, addressed by their SHA-256. */
@Embeddable
public class StoredFile {

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "file_pages", nullable = false)
    private int pages;

    protected StoredFile() {
    }

    public StoredFile(String sha256, String mediaType, long size, String fileName, int pages) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.size = size;
        this.fileName = fileName;
        this.pages = pages;
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String fileName() {
        return fileName;
    }

    public int pages() {
        return pages;
    }
}
