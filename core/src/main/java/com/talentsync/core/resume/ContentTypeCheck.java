package com.talentsync.core.resume;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Compares what a file's bytes are (as Tika's magic-byte and container detection sees them,
 * ignoring the name) with what its extension promises, and picks the type to parse it as.
 *
 * <p>Parsing by content alone would happily "read" a PNG renamed to .pdf into nothing, and
 * parsing by name alone turns an executable into garbage text; refusing the mismatch up
 * front gives the user a message that says what the file really is.
 */
final class ContentTypeCheck {

    private static final MediaType OCTET_STREAM = MediaType.OCTET_STREAM;
    private static final MediaType TEXT_PLAIN = MediaType.TEXT_PLAIN;
    private static final MediaType TEXT_HTML = MediaType.text("html");
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType RTF = MediaType.application("rtf");
    private static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    private static final MediaType MSWORD = MediaType.application("msword");
    private static final MediaType DOCX =
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** Any OLE2 file that detection could not narrow down; the Word parser decides. */
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    /** Any OOXML package that detection could not narrow down; the OOXML parser decides. */
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    /** An OOXML file encrypted with a password travels inside an OLE2 container. */
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private final MediaTypeRegistry registry;
    private final MimeTypes mimeTypes;

    ContentTypeCheck(MimeTypes mimeTypes) {
        this.mimeTypes = mimeTypes;
        this.registry = mimeTypes.getMediaTypeRegistry();
    }

    /**
     * @param detected what the content is, detected without the file name
     * @return the type to hand the parser
     * @throws InputException UNSUPPORTED when the content contradicts the extension,
     *     ENCRYPTED for a password-protected Office file
     */
    MediaType parseTypeFor(String fileName, SupportedFormat format, MediaType detected) throws InputException {
        MediaType type = registry.normalize(detected.getBaseType());
        if (type.equals(OOXML_PROTECTED) && (format == SupportedFormat.DOCX || format == SupportedFormat.DOC)) {
            throw new InputException(InputError.Kind.ENCRYPTED, Messages.encrypted(fileName));
        }
        if (type.equals(OCTET_STREAM)) {
            if (format.isPlainText()) {
                throw mismatch(fileName, format, "binary data, not text");
            }
            // Unrecognised bytes under a binary format's name: the parser reports it as damaged.
            return MediaType.parse(format.mediaType());
        }
        MediaType accepted = switch (format) {
            case PDF -> is(type, PDF) ? PDF : null;
            case RTF -> is(type, RTF) ? RTF : null;
            case ODT -> is(type, ODT) ? ODT : null;
            case DOCX -> isWordOoxml(type) ? type : type.equals(OOXML) ? DOCX : null;
            // Word has long saved RTF and DOCX under a .doc name; read what it really is.
            case DOC -> is(type, MSWORD) || type.equals(OLE2) ? MSWORD
                    : is(type, RTF) || isWordOoxml(type) ? type : null;
            case HTML -> is(type, TEXT_PLAIN) ? TEXT_HTML : null;
            case TXT -> is(type, TEXT_HTML) ? TEXT_HTML : is(type, TEXT_PLAIN) ? TEXT_PLAIN : null;
        };
        if (accepted == null) {
            throw mismatch(fileName, format, describe(type));
        }
        return accepted;
    }

    private boolean is(MediaType type, MediaType wanted) {
        return registry.isInstanceOf(type, wanted);
    }

    private boolean isWordOoxml(MediaType type) {
        String name = type.toString();
        return is(type, DOCX) || name.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                || name.startsWith("application/vnd.ms-word.");
    }

    private static InputException mismatch(String fileName, SupportedFormat format, String content) {
        return new InputException(InputError.Kind.UNSUPPORTED, fileName + " is not " + format.description()
                + ": its content is " + content + "; supported: " + SupportedFormat.supportedList());
    }

    /** "image/png (Portable Network Graphics)", or just the type when Tika has no name for it. */
    private String describe(MediaType type) {
        try {
            String description = mimeTypes.forName(type.toString()).getDescription();
            return description == null || description.isBlank() ? type.toString()
                    : type + " (" + Messages.oneLine(description) + ")";
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }
}
