package com.talentsync.core.resume;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Writes small sample documents of each format for tests; nothing here is copied from elsewhere. */
public final class TestDocuments {

    private TestDocuments() {}

    public static Path text(Path dir, String name, String text, Charset charset) {
        return bytes(dir, name, text.getBytes(charset));
    }

    public static Path text(Path dir, String name, String text) {
        return text(dir, name, text, StandardCharsets.UTF_8);
    }

    public static Path bytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with a real text layer, one line per argument. */
    public static Path textPdf(Path dir, String name, String... lines) {
        return pdf(dir, name, null, lines);
    }

    /** A PDF that needs a user password to open. */
    public static Path encryptedPdf(Path dir, String name) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return pdf(dir, name, policy, "Confidential resume");
    }

    /** What a scanner produces: a page with a picture on it and no text layer. */
    public static Path imageOnlyPdf(Path dir, String name) {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, sampleImage());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 400, 300, 300);
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest package Word and POI accept: content types, one relationship, the body. */
    public static Path docx(Path dir, String name, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escapeXml(paragraph))
                    .append("</w:t></w:r></w:p>");
        }
        return zip(dir.resolve(name),
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" \
                        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Target="word/document.xml" \
                        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                        </Relationships>""",
                "word/document.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                        <w:body>%s</w:body></w:document>""".formatted(body));
    }

    /** A DOCX encrypted the way Word does it ("Encrypt with password"). */
    public static Path encryptedDocx(Path dir, String name) {
        Path plain = docx(dir, "plain-" + name, "Jane Doe", "Secret resume");
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
            Files.delete(plain);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("could not encrypt a sample DOCX", e);
        }
    }

    public static Path odt(Path dir, String name, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escapeXml(paragraph)).append("</text:p>");
        }
        // The uncompressed "mimetype" entry first is what identifies an ODF package.
        return zip(dir.resolve(name),
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                        <manifest:file-entry manifest:full-path="/" \
                        manifest:media-type="application/vnd.oasis.opendocument.text"/>
                        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""",
                "content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
                        <office:body><office:text>%s</office:text></office:body></office:document-content>"""
                        .formatted(body));
    }

    /** A zip archive with no document structure. */
    public static Path plainZip(Path dir, String name) {
        return zip(dir.resolve(name), "notes.txt", "just a note in an archive");
    }

    public static byte[] pngBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(sampleImage(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a 64-bit Linux executable: enough for magic-byte detection. */
    public static byte[] elfBytes() {
        byte[] bytes = new byte[256];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        bytes[16] = 2; // ET_EXEC
        bytes[18] = 0x3e; // x86-64
        return bytes;
    }

    private static Path pdf(Path dir, String name, StandardProtectionPolicy policy, String... lines) {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            if (policy != null) {
                document.protect(policy);
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage sampleImage() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 6) << 8 | 0x40);
            }
        }
        return image;
    }

    private static Path zip(Path file, String... namesAndContents) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
