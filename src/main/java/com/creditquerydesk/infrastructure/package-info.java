/**
 * Adapters: the implementations of the domain's and the application's ports with a technology each (JPA and
 * JDBC, encrypted storage, PBKDF2 and tokens, Tika, PDFBox, docx4j, PP-OCR on ONNX Runtime, Tesseract, iText,
 * MicroProfile Config, Flyway). A library changes here without touching a use case. Never depends on the
 * interfaces.
 */
package com.creditquerydesk.infrastructure;
