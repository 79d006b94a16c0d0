package com.talentsync.core.classify;

import java.util.Objects;

/** One training or evaluation document: its category and its text. */
record LabeledText(String label, String text) {

    LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
