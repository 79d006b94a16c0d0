package com.talentsync.core.match.source;

import com.talentsync.core.match.JobDescriptionParser;
import com.talentsync.core.resume.DocumentReader;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.SupportedFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns what the user gives as a job ad into a {@link JobAd}: pasted text, a file in any format
 * the resume reader takes, or a web address (fetched within {@link FetchLimits}; HTML reduced to
 * the posting's text). The title comes from the page's structured data or the job description
 * parser, the company from structured data or the ad's own wording, each empty when unsure.
 *
 * <p>Every failure is an {@link InputException} with one line for the user; stateless and
 * thread-safe.
 */
public final class JobAdLoader {

    /** A long job ad is 15,000 characters; far more is a whole web page or a mistaken file. */
    public static final int MAX_TEXT_CHARS = 100_000;

    private static final String OR_PASTE = "paste the ad's text instead";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("^(?i)(file|ftp|mailto|data|javascript|about):.*");

    private final DocumentReader reader;
    private final JobDescriptionParser parser;
    private final WebFetcher fetcher;

    public JobAdLoader(DocumentReader reader, JobDescriptionParser parser) {
        this(reader, parser, FetchLimits.defaults());
    }

    public JobAdLoader(DocumentReader reader, JobDescriptionParser parser, FetchLimits limits) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.fetcher = new WebFetcher(Objects.requireNonNull(limits, "limits"));
    }

    /** A web address when it starts with a scheme ({@code https://...}) or {@code www.}; else a file. */
    public JobAd load(String pathOrUrl) throws InputException {
        String given = pathOrUrl == null ? "" : pathOrUrl.strip();
        if (given.isEmpty()) {
            throw new InputException(InputError.Kind.EMPTY,
                    "no job ad given: name a file, give a web address (http or https), or paste the ad's text");
        }
        if (SCHEME.matcher(given).matches() || OTHER_SCHEME.matcher(given).matches()) {
            return fromUrl(parseUri(given));
        }
        Path file;
        try {
            file = Path.of(given);
        } catch (InvalidPathException e) {
            throw new InputException(InputError.Kind.NOT_FOUND, "file not found: " + given);
        }
        if (given.regionMatches(true, 0, "www.", 0, 4) && !Files.exists(file)) {
            return fromUrl(parseUri("https://" + given));
        }
        return fromFile(file);
    }

    public JobAd fromText(String text) throws InputException {
        String tidy = AdText.tidy(text == null ? "" : text);
        if (tidy.isEmpty()) {
            throw new InputException(InputError.Kind.EMPTY, "the job ad is empty: paste the text of the posting");
        }
        return ad(tidy, JobAd.PASTED, Optional.empty(), Optional.empty());
    }

    public JobAd fromFile(Path file) throws InputException {
        ExtractedDocument document = reader.read(file);
        return ad(AdText.tidy(document.text()), document.fileName(), Optional.empty(), Optional.empty());
    }

    /** Only http and https; the page must be HTML, plain text or a document the reader takes. */
    public JobAd fromUrl(URI uri) throws InputException {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(InputError.Kind.UNSUPPORTED, "only web addresses (http or https) can be fetched,"
                    + " not " + (scheme.isEmpty() ? "\"" + uri + "\"" : scheme + ":") + "; open the ad as a file, or "
                    + OR_PASTE);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InputException(InputError.Kind.UNSUPPORTED, "not a web address: " + uri
                    + " (expected e.g. https://example.com/jobs/123)");
        }
        WebFetcher.Page page = fetcher.fetch(uri);
        String host = uri.getHost();
        PostingExtractor.Posting posting = switch (kindOf(page)) {
            case HTML -> PostingExtractor.extract(parseHtml(page));
            case TEXT -> new PostingExtractor.Posting(AdText.tidy(new String(page.body(), charset(page))),
                    Optional.empty(), Optional.empty());
            case DOCUMENT -> new PostingExtractor.Posting(readDocument(page), Optional.empty(), Optional.empty());
            case OTHER -> throw new InputException(InputError.Kind.UNSUPPORTED, "the address does not lead to a web"
                    + " page: " + host + " sent " + (page.mediaType().isEmpty() ? "no content type" : page.mediaType())
                    + "; open the ad in a browser and " + OR_PASTE);
        };
        if (posting.text().isBlank()) {
            throw new InputException(InputError.Kind.NO_TEXT,
                    "the page at " + host + " has no text a job ad could be read from; " + OR_PASTE);
        }
        return ad(posting.text(), uri.toString(), posting.title(), posting.company());
    }

    private JobAd ad(String text, String source, Optional<String> title, Optional<String> company)
            throws InputException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InputException(InputError.Kind.TOO_LARGE, String.format(Locale.ROOT,
                    "the job ad is too long: %,d characters (limit %,d); use only the posting's text",
                    text.length(), MAX_TEXT_CHARS));
        }
        String jobTitle = title.filter(t -> !t.isBlank()).orElseGet(() -> parser.parse(text).title());
        String hiring = company.filter(c -> !c.isBlank()).or(() -> CompanyGuess.guess(text)).orElse("");
        return new JobAd(text, source, jobTitle, hiring);
    }

    private enum Kind { HTML, TEXT, DOCUMENT, OTHER }

    private static Kind kindOf(WebFetcher.Page page) {
        String type = page.mediaType();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Kind.HTML;
        }
        if (type.equals("text/plain")) {
            return Kind.TEXT;
        }
        if (formatOf(type).isPresent()) {
            return Kind.DOCUMENT;
        }
        if (type.isEmpty() && looksLikeMarkup(page.body())) {
            return Kind.HTML; // servers that send no type usually serve HTML
        }
        return Kind.OTHER;
    }

    private static Optional<SupportedFormat> formatOf(String mediaType) {
        for (SupportedFormat format : SupportedFormat.values()) {
            if (!format.isPlainText() && format.mediaTypes().contains(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeMarkup(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body");
    }

    private static Document parseHtml(WebFetcher.Page page) throws InputException {
        try {
            // Without a charset header jsoup reads the byte-order mark or the page's meta tag.
            return Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().orElse(null),
                    page.uri().toString());
        } catch (IOException | RuntimeException e) {
            throw new InputException(InputError.Kind.CORRUPT,
                    "the page at " + page.uri().getHost() + " could not be read as HTML; " + OR_PASTE, e);
        }
    }

    private static Charset charset(WebFetcher.Page page) {
        try {
            return page.charset().map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** PDF or Word ads behind a link go through the resume reader, from a temporary file. */
    private String readDocument(WebFetcher.Page page) throws InputException {
        SupportedFormat format = formatOf(page.mediaType()).orElseThrow();
        Path folder = null;
        Path file = null;
        try {
            // A plain name, because the reader's messages name the file.
            folder = Files.createTempDirectory("talentsync-job-ad");
            file = Files.write(folder.resolve("job-ad." + format.extensions().getFirst()), page.body());
            return AdText.tidy(reader.read(file).text());
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE,
                    "could not keep the downloaded ad for reading: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    private static URI parseUri(String text) throws InputException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InputException(InputError.Kind.UNSUPPORTED,
                    "not a valid web address: " + text + " (expected e.g. https://example.com/jobs/123)");
        }
    }
}
