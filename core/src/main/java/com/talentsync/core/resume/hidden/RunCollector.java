package com.talentsync.core.resume.hidden;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a document's text in reading order, each piece marked seen or hidden, and turns the
 * hidden stretches into {@link HiddenRun}s with the text around them. Hidden pieces separated
 * only by whitespace become one run: "Kafka" and "Terraform" in two white runs are one stuffed
 * phrase, and one run is easier to find again than two.
 */
final class RunCollector {

    /** Characters of context kept on each side: enough to place a run, cheap to search for. */
    static final int CONTEXT_CHARS = 60;
    /** Past this many runs a file is not a resume with a trick in it; the rest are not listed. */
    static final int MAX_RUNS = 2_000;
    /** Text looked at; a resume is far shorter, and the reader cuts its text well before this. */
    static final int MAX_CHARS = 5_000_000;

    private final StringBuilder text = new StringBuilder();
    /** Start and end offsets into {@link #text}, two per run, in order. */
    private final List<int[]> hidden = new ArrayList<>();

    void visible(CharSequence piece) {
        append(piece, false);
    }

    void add(CharSequence piece, boolean isHidden) {
        append(piece, isHidden);
    }

    /** A paragraph or line ended; keeps words of neighbouring blocks apart in the context. */
    void breakLine() {
        append("\n", false);
    }

    boolean full() {
        return text.length() >= MAX_CHARS || hidden.size() > MAX_RUNS;
    }

    private void append(CharSequence piece, boolean isHidden) {
        if (piece == null || piece.isEmpty() || full()) {
            return;
        }
        int start = text.length();
        text.append(piece);
        if (!isHidden || piece.toString().isBlank()) {
            return;
        }
        if (!hidden.isEmpty()) {
            int[] last = hidden.getLast();
            if (isBlank(last[1], start)) {
                last[1] = text.length();
                return;
            }
        }
        hidden.add(new int[] {start, text.length()});
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    List<HiddenRun> runs() {
        List<HiddenRun> runs = new ArrayList<>(Math.min(hidden.size(), MAX_RUNS));
        for (int[] range : hidden) {
            if (runs.size() == MAX_RUNS) {
                break;
            }
            String run = collapse(text.substring(range[0], range[1]));
            String before = text.substring(Math.max(0, range[0] - CONTEXT_CHARS), range[0]);
            String after = text.substring(range[1], Math.min(text.length(), range[1] + CONTEXT_CHARS));
            runs.add(new HiddenRun(run, before, after));
        }
        return List.copyOf(runs);
    }

    /** The runs, and the collected text without them. */
    HiddenText result() {
        StringBuilder visible = new StringBuilder(text.length());
        int copied = 0;
        for (int[] range : hidden) {
            visible.append(text, copied, range[0]).append(' ');
            copied = range[1];
        }
        visible.append(text, copied, text.length());
        return new HiddenText(runs(), visible.toString());
    }

    static String collapse(String text) {
        return text.strip().replaceAll("[\\s\\p{Z}]+", " ");
    }
}
