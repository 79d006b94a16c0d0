package com.talentsync.core.resume.hidden;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Hidden text of an RTF file: text in a {@code \v} (hidden) group, at 2 pt or less
 * ({@code \fs4} and under), or in a colour from the colour table too close to its highlight or
 * shading (white when there is none). A small scanner of our own: RTF's syntax is a few rules, and
 * the parser Tika uses drops the formatting this needs.
 */
final class RtfHiddenText {

    /** Destinations whose text is not document text (tables, metadata, pictures, field codes). */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "stylesheet", "info", "pict", "object", "fldinst",
            "themedata", "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable",
            "rsidtbl", "generator", "xmlnstbl", "filetbl", "revtbl", "pgdsctbl", "nonshppict", "bkmkstart",
            "bkmkend", "xe", "tc", "private", "userprops", "docvar", "mmathpr", "wgrffmtfilter", "listtext",
            "pntext", "pntxta", "pntxtb", "falt", "panose", "fcharset", "blipuid", "sp", "sn", "sv", "shpinst");
    private static final int MAX_DEPTH = 1_000;
    private static final int AUTO = -1;

    /** Character formatting, copied at each "{" and restored at "}". */
    private static final class Format {
        boolean skip;
        boolean colourTable;
        boolean vanish;
        int halfPoints = 24;
        int colour;
        int background;
        int unicodeSkip = 1;

        Format copy() {
            Format copy = new Format();
            copy.skip = skip;
            copy.colourTable = colourTable;
            copy.vanish = vanish;
            copy.halfPoints = halfPoints;
            copy.colour = colour;
            copy.background = background;
            copy.unicodeSkip = unicodeSkip;
            return copy;
        }

        void plain() {
            vanish = false;
            halfPoints = 24;
            colour = 0;
            background = 0;
        }
    }

    private final byte[] rtf;
    private final RunCollector out = new RunCollector();
    private final List<Integer> colours = new ArrayList<>();
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private final StringBuilder pendingText = new StringBuilder();
    private boolean pendingHidden;
    private Charset codePage = Charset.forName("windows-1252");
    private int red;
    private int green;
    private int blue;
    private boolean colourSet;
    private int position;
    private int skipChars;

    private RtfHiddenText(byte[] rtf) {
        this.rtf = rtf;
    }

    static HiddenText find(byte[] rtf) {
        RtfHiddenText scanner = new RtfHiddenText(rtf);
        scanner.scan();
        return scanner.out.result();
    }

    private void scan() {
        Deque<Format> stack = new ArrayDeque<>();
        Format format = new Format();
        boolean groupStart = false;
        while (position < rtf.length && !out.full()) {
            int b = rtf[position++] & 0xFF;
            switch (b) {
                case '{' -> {
                    if (stack.size() >= MAX_DEPTH) {
                        return;
                    }
                    stack.push(format);
                    format = format.copy();
                    groupStart = true;
                    continue;
                }
                case '}' -> {
                    if (format.colourTable && colourSet) {
                        colours.add(rgb());
                    }
                    format = stack.isEmpty() ? format : stack.pop();
                }
                case '\\' -> format = control(format, groupStart);
                case '\r', '\n' -> {
                    // line breaks in the file are not text
                }
                default -> text(format, (byte) b);
            }
            groupStart = false;
        }
        flush();
    }

    private Format control(Format format, boolean groupStart) {
        if (position >= rtf.length) {
            return format;
        }
        int c = rtf[position] & 0xFF;
        if (!Character.isLetter(c)) {
            position++;
            switch (c) {
                case '\'' -> hexByte(format);
                case '*' -> {
                    if (groupStart) {
                        format.skip = true; // an ignorable destination we do not know
                    }
                }
                case '~' -> character(format, "\u00A0");
                case '-' -> {
                    // optional hyphen: no text
                }
                case '_' -> character(format, "-");
                case '\\', '{', '}' -> character(format, String.valueOf((char) c));
                case '\r', '\n' -> paragraphBreak(format);
                default -> {
                    // other control symbols carry no text
                }
            }
            return format;
        }
        int start = position;
        while (position < rtf.length && Character.isLetter(rtf[position] & 0xFF)) {
            position++;
        }
        String word = new String(rtf, start, position - start, StandardCharsets.US_ASCII);
        Integer parameter = null;
        int numberStart = position;
        if (position < rtf.length && (rtf[position] == '-' || Character.isDigit(rtf[position]))) {
            position++;
            while (position < rtf.length && Character.isDigit(rtf[position])) {
                position++;
            }
            try {
                parameter = Integer.parseInt(new String(rtf, numberStart, position - numberStart, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                parameter = 0;
            }
        }
        if (position < rtf.length && rtf[position] == ' ') {
            position++;
        }
        controlWord(format, word, parameter, groupStart);
        return format;
    }

    private void controlWord(Format format, String word, Integer parameter, boolean groupStart) {
        int value = parameter == null ? 1 : parameter;
        if (groupStart && SKIPPED.contains(word)) {
            format.skip = true;
            return;
        }
        switch (word) {
            case "colortbl" -> format.colourTable = true;
            case "red" -> { red = value; colourSet = true; }
            case "green" -> { green = value; colourSet = true; }
            case "blue" -> { blue = value; colourSet = true; }
            case "ansicpg" -> codePage(value);
            case "v" -> format.vanish = value != 0;
            case "fs" -> format.halfPoints = value;
            case "cf" -> format.colour = value;
            case "cb", "chcbpat", "highlight" -> format.background = value;
            case "plain" -> format.plain();
            case "uc" -> format.unicodeSkip = Math.max(0, value);
            case "u" -> {
                character(format, String.valueOf((char) (value < 0 ? value + 65536 : value)));
                skipChars = format.unicodeSkip;
            }
            case "par", "line", "row", "cell", "sect", "page" -> paragraphBreak(format);
            case "tab" -> character(format, "\t");
            case "emdash" -> character(format, "\u2014");
            case "endash" -> character(format, "\u2013");
            case "bullet" -> character(format, "\u2022");
            default -> {
                // formatting we do not need
            }
        }
    }

    /** The colour table lists entries separated by ";"; an entry without values is "auto". */
    private void text(Format format, byte b) {
        if (format.colourTable) {
            if (b == ';') {
                colours.add(colourSet ? rgb() : AUTO);
                colourSet = false;
                red = green = blue = 0;
            }
            return;
        }
        if (skipChars > 0) {
            skipChars--;
            return;
        }
        if (format.skip) {
            return;
        }
        switchTo(isHidden(format));
        pendingBytes.write(b);
    }

    private void hexByte(Format format) {
        if (position + 2 > rtf.length) {
            return;
        }
        int value;
        try {
            value = Integer.parseInt(new String(rtf, position, 2, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return;
        }
        position += 2;
        if (skipChars > 0) {
            skipChars--;
            return;
        }
        if (!format.skip && !format.colourTable) {
            switchTo(isHidden(format));
            pendingBytes.write(value);
        }
    }

    private void character(Format format, String text) {
        if (format.skip || format.colourTable) {
            return;
        }
        switchTo(isHidden(format));
        decodePendingBytes();
        pendingText.append(text);
    }

    private void paragraphBreak(Format format) {
        if (!format.skip && !format.colourTable) {
            flush();
            out.breakLine();
        }
    }

    private boolean isHidden(Format format) {
        if (format.vanish || format.halfPoints <= 2 * DocxHiddenText.MAX_HIDDEN_POINTS) {
            return true;
        }
        int colour = colourAt(format.colour);
        if (colour == AUTO) {
            return false;
        }
        int background = colourAt(format.background);
        return Colors.indistinguishable(colour, background == AUTO ? Colors.WHITE : background);
    }

    private int colourAt(int index) {
        return index > 0 && index < colours.size() ? colours.get(index) : AUTO;
    }

    private void switchTo(boolean hidden) {
        if (hidden != pendingHidden) {
            flush();
            pendingHidden = hidden;
        }
    }

    private void decodePendingBytes() {
        if (pendingBytes.size() > 0) {
            pendingText.append(new String(pendingBytes.toByteArray(), codePage));
            pendingBytes.reset();
        }
    }

    private void flush() {
        decodePendingBytes();
        if (!pendingText.isEmpty()) {
            out.add(pendingText, pendingHidden);
            pendingText.setLength(0);
        }
    }

    private void codePage(int number) {
        try {
            codePage = Charset.forName(number == 65001 ? "UTF-8" : "windows-" + number);
        } catch (RuntimeException e) {
            codePage = Charset.forName("windows-1252");
        }
    }

    private int rgb() {
        return (clamp(red) << 16) | (clamp(green) << 8) | clamp(blue);
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }
}
