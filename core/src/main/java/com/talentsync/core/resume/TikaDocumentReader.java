package com.talentsync.core.resume;

import com.talentsync.core.resume.hidden.HiddenText;
import com.talentsync.core.resume.hidden.HiddenTextFinder;
import com.talentsync.core.resume.hidden.HiddenTextRemover;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads resumes with Apache Tika. Thread-safe; Tika is loaded on first use (or by
 * {@link #warmUp()}), so constructing a reader costs nothing at application start.
 *
 * <p>Cheap checks run first and in a fixed order (exists, is a file, readable, size, empty,
 * extension), so a 2 GB video dropped by mistake is refused without reading a byte. Then the
 * content is detected from its bytes and must agree with the extension. Every failure is an
 * {@link InputException} with one line for the user; traces go to the log only.
 *
 * <p>Text a person looking at the file cannot see (white on white, hidden, tiny, off the page) is
 * taken out of the text and listed in {@link ExtractedDocument#hiddenText()}, so keyword stuffing
 * cannot move an analysis, a match or a ranking ({@link HiddenTextFinder}).
 */
public final class TikaDocumentReader implements DocumentReader {

    private static final Logger log = LoggerFactory.getLogger(TikaDocumentReader.class);

    private final ReaderLimits limits;
    private final Supplier<Engine> engineFactory;
    private final HiddenTextFinder hiddenText = new HiddenTextFinder();
    private final Object engineLock = new Object();
    private volatile Engine engine;

    public TikaDocumentReader(ReaderLimits limits) {
        this(limits, Engine::standard);
    }

    TikaDocumentReader(ReaderLimits limits, Supplier<Engine> engineFactory) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.engineFactory = Objects.requireNonNull(engineFactory, "engineFactory");
    }

    public ReaderLimits limits() {
        return limits;
    }

    /** Loads Tika now (about a second); meant for a background thread after the first frame. */
    public void warmUp() {
        engine();
    }

    @Override
    public void checkBeforeReading(Path file) throws InputException {
        precheck(file);
    }

    @Override
    public ExtractedDocument read(Path file) throws InputException {
        Candidate candidate = precheck(file);
        String sha256 = hash(file, candidate.name());
        Parsed parsed = parse(file, candidate);
        String text = TextNormalizer.normalize(parsed.text(), limits.maxTextChars());
        if (text.isBlank()) {
            throw new InputException(InputError.Kind.NO_TEXT, Messages.noText(candidate.name(), candidate.format()));
        }
        HiddenText hidden = hiddenText.find(file, parsed.type().toString());
        if (!hidden.isEmpty()) {
            HiddenTextRemover.Removal removal = HiddenTextRemover.remove(text, hidden);
            log.debug("{}: {} hidden text run(s), {} taken out of the text", candidate.name(), hidden.runs().size(),
                    removal.located());
            text = TextNormalizer.normalize(removal.text(), limits.maxTextChars());
            if (text.isBlank()) {
                throw new InputException(InputError.Kind.NO_TEXT, candidate.name()
                        + " contains no visible text: all of its text is hidden (white, hidden or tiny)");
            }
        }
        return new ExtractedDocument(candidate.name(), parsed.type().toString(), text,
                TextNormalizer.countWords(text), sha256, candidate.size(), hidden.texts());
    }

    private Candidate precheck(Path file) throws InputException {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(InputError.Kind.NOT_FOUND, Messages.notFound(file));
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(name, reason(e)), e);
        }
        if (attributes.isDirectory()) {
            throw new InputException(InputError.Kind.UNSUPPORTED, Messages.directory(name));
        }
        if (!attributes.isRegularFile()) {
            // A pipe or device would block or never end; only plain files are resumes.
            throw new InputException(InputError.Kind.UNSUPPORTED, Messages.notRegularFile(name));
        }
        if (!Files.isReadable(file)) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(name, "permission denied"));
        }
        long size = attributes.size();
        if (size > limits.maxFileBytes()) {
            throw new InputException(InputError.Kind.TOO_LARGE, Messages.tooLarge(name, size, limits));
        }
        if (size == 0) {
            throw new InputException(InputError.Kind.EMPTY, Messages.emptyFile(name));
        }
        SupportedFormat format = SupportedFormat.forFileName(name).orElseThrow(
                () -> new InputException(InputError.Kind.UNSUPPORTED, Messages.unsupportedType(name)));
        return new Candidate(name, size, format);
    }

    private static String hash(Path file, String name) throws InputException {
        try {
            return ContentHash.sha256(file);
        } catch (IOException e) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(name, reason(e)), e);
        }
    }

    private Parsed parse(Path file, Candidate candidate) throws InputException {
        String name = candidate.name();
        Engine tika = engine();
        BodyContentHandler handler = new BodyContentHandler(writeLimit());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // Detect from the bytes alone: with the name, Tika would trust the extension.
            MediaType detected = tika.detector().detect(in, new Metadata());
            MediaType type = tika.check().parseTypeFor(name, candidate.format(), detected);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
            try {
                tika.parser().parse(in, handler, metadata, newContext());
            } catch (SAXException | TikaException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw e;
                }
                log.debug("{}: extracted text cut at {} characters", name, writeLimit());
            }
            return new Parsed(type, handler.toString());
        } catch (EncryptedDocumentException e) {
            log.debug("{} is encrypted", name, e);
            throw new InputException(InputError.Kind.ENCRYPTED, Messages.encrypted(name), e);
        } catch (ZeroByteFileException e) {
            throw new InputException(InputError.Kind.EMPTY, Messages.emptyFile(name), e);
        } catch (TikaException | SAXException e) {
            log.debug("{} could not be parsed", name, e);
            throw new InputException(InputError.Kind.CORRUPT, Messages.corrupt(name, candidate.format()), e);
        } catch (AccessDeniedException e) {
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(name, "permission denied"), e);
        } catch (IOException e) {
            // Tika wraps a parser's own I/O trouble in TikaException; what remains is the disk.
            throw new InputException(InputError.Kind.UNREADABLE, Messages.unreadable(name, reason(e)), e);
        } catch (RuntimeException | StackOverflowError e) {
            // Parsers for hostile formats fail in unplanned ways; a bad file must not crash the app.
            log.warn("unexpected failure parsing {} as {}", name, candidate.format(), e);
            throw new InputException(InputError.Kind.CORRUPT, Messages.corrupt(name, candidate.format()), e);
        }
    }

    /** Room for the whitespace normalisation removes, but bounded so a zip bomb cannot fill the heap. */
    private int writeLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 16, 2L * limits.maxTextChars() + 4096);
    }

    private static ParseContext newContext() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // OCR would need Tesseract on the machine and minutes per page; we say so instead.
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private Engine engine() {
        Engine current = engine;
        if (current == null) {
            synchronized (engineLock) {
                current = engine;
                if (current == null) {
                    long start = System.nanoTime();
                    current = engineFactory.get();
                    engine = current;
                    log.debug("Tika ready in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return current;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private record Candidate(String name, long size, SupportedFormat format) {}

    private record Parsed(MediaType type, String text) {}

    /**
     * The loaded Tika pieces. Parsers are listed explicitly rather than found through
     * {@code META-INF/services}: Tika's full default set probes for external programs
     * (ffmpeg, exiftool, tesseract) at start-up, loads much more slowly, and would accept
     * formats we do not. A shaded jar that drops service files cannot lose these parsers;
     * only the container detectors and charset detectors still come from service files.
     */
    record Engine(Detector detector, Parser parser, ContentTypeCheck check) {

        static Engine standard() {
            return withParsers(new PDFParser(), new OOXMLParser(), new OfficeParser(), new RTFParser(),
                    new OpenDocumentParser(), new JSoupParser(), new TXTParser());
        }

        static Engine withParsers(Parser... parsers) {
            MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
            Detector detector = new DefaultDetector(mimeTypes);
            return new Engine(detector, new AutoDetectParser(detector, parsers), new ContentTypeCheck(mimeTypes));
        }
    }
}
