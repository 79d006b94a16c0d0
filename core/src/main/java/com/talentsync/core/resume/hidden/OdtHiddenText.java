package com.talentsync.core.resume.hidden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hidden text of an OpenDocument text (ODT), read from its XML with StAX: text whose style says
 * {@code text:display="none"}, sections shown never, paragraphs and fields marked hidden, text at
 * 2 pt or less, and text coloured too close to its background (text, paragraph or cell colour,
 * else white). Styles are resolved through their parents, automatic styles included.
 */
final class OdtHiddenText {

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)\\s*(pt|cm|mm|in|px|pc|%)?");
    private static final double DEFAULT_POINTS = 12;
    private static final int MAX_STYLE_DEPTH = 16;
    private static final int UNKNOWN = -1;

    /** One style's own settings; null where it says nothing. */
    private static final class Style {
        String parent;
        String display;
        String colour;
        String fontSize;
        String background;
    }

    private record State(boolean hidden, int colour, double points, int background) {
        boolean hidesText() {
            return hidden || points <= DocxHiddenText.MAX_HIDDEN_POINTS
                    || colour != UNKNOWN && background != UNKNOWN && Colors.indistinguishable(colour, background);
        }
    }

    private final Map<String, Style> styles = new HashMap<>();
    private final RunCollector out = new RunCollector();
    private final XMLInputFactory factory;

    private OdtHiddenText() {
        factory = XMLInputFactory.newFactory();
        // A document's XML must not reach outside the file.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    static HiddenText find(Path file) throws IOException {
        OdtHiddenText finder = new OdtHiddenText();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry common = zip.getEntry("styles.xml");
            if (common != null) {
                try (InputStream in = zip.getInputStream(common)) {
                    finder.read(in, false);
                }
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                return HiddenText.none();
            }
            try (InputStream in = zip.getInputStream(content)) {
                finder.read(in, true);
            }
        } catch (XMLStreamException e) {
            throw new IOException("malformed OpenDocument XML", e);
        }
        return finder.out.result();
    }

    private void read(InputStream in, boolean body) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            Deque<State> states = new ArrayDeque<>();
            states.push(new State(false, Colors.BLACK, DEFAULT_POINTS, Colors.WHITE));
            Style style = null;
            int paragraphs = 0;
            int skipped = 0;
            while (xml.hasNext() && !out.full()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (STYLE.equals(ns) && (name.equals("style") || name.equals("default-style"))) {
                        style = new Style();
                        style.parent = xml.getAttributeValue(STYLE, "parent-style-name");
                        String key = key(xml.getAttributeValue(STYLE, "family"),
                                name.equals("default-style") ? "" : xml.getAttributeValue(STYLE, "name"));
                        styles.put(key, style);
                    } else if (style != null && STYLE.equals(ns) && name.endsWith("-properties")) {
                        properties(xml, style, name);
                    }
                    if (!body) {
                        continue;
                    }
                    if (skipped > 0 || TEXT.equals(ns) && name.equals("tracked-changes")) {
                        skipped++;
                        continue;
                    }
                    State state = child(states.peek(), xml, ns, name);
                    states.push(state);
                    if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                        paragraphs++;
                        out.breakLine();
                    } else if (TEXT.equals(ns) && name.equals("s")) {
                        out.add(" ".repeat(count(xml.getAttributeValue(TEXT, "c"))), state.hidesText());
                    } else if (TEXT.equals(ns) && (name.equals("tab") || name.equals("line-break"))) {
                        out.add(name.equals("tab") ? "\t" : "\n", state.hidesText());
                    } else if (TEXT.equals(ns) && name.equals("hidden-paragraph")
                            && "true".equals(xml.getAttributeValue(TEXT, "is-hidden"))) {
                        hideEnclosingParagraph(states);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (STYLE.equals(xml.getNamespaceURI())
                            && (xml.getLocalName().equals("style") || xml.getLocalName().equals("default-style"))) {
                        style = null;
                    }
                    if (!body) {
                        continue;
                    }
                    if (skipped > 0) {
                        skipped--;
                        continue;
                    }
                    states.pop();
                    if (TEXT.equals(xml.getNamespaceURI())
                            && (xml.getLocalName().equals("p") || xml.getLocalName().equals("h"))) {
                        paragraphs--;
                        out.breakLine();
                    }
                } else if (body && skipped == 0 && paragraphs > 0
                        && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    out.add(xml.getText(), states.peek().hidesText());
                }
            }
        } finally {
            xml.close();
        }
    }

    /** The hidden-paragraph field sits inside its paragraph and hides all of it. */
    private static void hideEnclosingParagraph(Deque<State> states) {
        State field = states.pop();
        State paragraph = states.pop();
        states.push(new State(true, paragraph.colour(), paragraph.points(), paragraph.background()));
        states.push(new State(true, field.colour(), field.points(), field.background()));
    }

    private State child(State parent, XMLStreamReader xml, String ns, String name) {
        boolean hidden = parent.hidden();
        int colour = parent.colour();
        double points = parent.points();
        int background = parent.background();
        String styleName = null;
        String family = null;
        if (TEXT.equals(ns)) {
            switch (name) {
                case "p", "h" -> {
                    styleName = xml.getAttributeValue(TEXT, "style-name");
                    family = "paragraph";
                    // The default paragraph style applies to every paragraph, named or not.
                    Style defaults = styles.get(key("paragraph", ""));
                    if (defaults != null) {
                        State base = apply(new State(hidden, colour, points, background), defaults, true);
                        hidden = base.hidden();
                        colour = base.colour();
                        points = base.points();
                        background = base.background();
                    }
                }
                case "span", "a" -> {
                    styleName = xml.getAttributeValue(TEXT, "style-name");
                    family = "text";
                }
                case "section" -> hidden |= "none".equals(xml.getAttributeValue(TEXT, "display"));
                case "hidden-text" -> hidden |= "true".equals(xml.getAttributeValue(TEXT, "is-hidden"));
                default -> {
                    // other text elements keep their parent's look
                }
            }
        } else if (TABLE.equals(ns) && name.equals("table-cell")) {
            styleName = xml.getAttributeValue(TABLE, "style-name");
            family = "table-cell";
        }
        State state = new State(hidden, colour, points, background);
        if (styleName == null) {
            return state;
        }
        // Walk from the named style up to its root, then apply from the root down.
        Deque<Style> chain = new ArrayDeque<>();
        String current = styleName;
        for (int depth = 0; current != null && depth < MAX_STYLE_DEPTH; depth++) {
            Style style = styles.get(key(family, current));
            if (style == null) {
                break;
            }
            chain.push(style);
            current = style.parent;
        }
        for (Style style : chain) {
            state = apply(state, style, false);
        }
        return state;
    }

    private static State apply(State state, Style style, boolean defaults) {
        boolean hidden = state.hidden() || "none".equals(style.display);
        int colour = state.colour();
        if (style.colour != null) {
            colour = Colors.parse(style.colour).orElse(UNKNOWN);
        }
        double points = style.fontSize == null ? state.points() : points(style.fontSize, state.points());
        int background = state.background();
        if (style.background != null && !style.background.equalsIgnoreCase("transparent")) {
            OptionalInt parsed = Colors.parse(style.background);
            background = parsed.isPresent() ? parsed.getAsInt() : UNKNOWN;
        }
        return new State(hidden, colour, points, background);
    }

    private static void properties(XMLStreamReader xml, Style style, String name) {
        switch (name) {
            case "text-properties" -> {
                style.display = first(xml.getAttributeValue(TEXT, "display"), style.display);
                String colour = xml.getAttributeValue(FO, "color");
                if ("true".equals(xml.getAttributeValue(STYLE, "use-window-font-color"))) {
                    colour = "auto";
                }
                style.colour = first(colour, style.colour);
                style.fontSize = first(xml.getAttributeValue(FO, "font-size"), style.fontSize);
                style.background = first(xml.getAttributeValue(FO, "background-color"), style.background);
            }
            case "paragraph-properties", "table-cell-properties" ->
                    style.background = first(xml.getAttributeValue(FO, "background-color"), style.background);
            default -> {
                // page, column, graphic properties: no bearing on text visibility
            }
        }
    }

    private static double points(String value, double inherited) {
        Matcher length = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!length.matches()) {
            return inherited;
        }
        double number = Double.parseDouble(length.group(1));
        String unit = length.group(2) == null ? "pt" : length.group(2);
        return switch (unit) {
            case "%" -> inherited * number / 100;
            case "cm" -> number * 72 / 2.54;
            case "mm" -> number * 72 / 25.4;
            case "in" -> number * 72;
            case "px" -> number * 0.75;
            case "pc" -> number * 12;
            default -> number;
        };
    }

    private static int count(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(1_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String key(String family, String name) {
        return (family == null ? "" : family) + ":" + (name == null ? "" : name);
    }
}
