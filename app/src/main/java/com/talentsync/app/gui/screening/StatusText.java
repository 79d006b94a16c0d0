package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.CandidateStatus;
import java.util.Locale;
import javafx.util.StringConverter;

/** Candidate statuses as people read them ("Shortlisted"), and their style classes. */
final class StatusText extends StringConverter<CandidateStatus> {

    static final StatusText INSTANCE = new StatusText();

    private StatusText() {}

    @Override
    public String toString(CandidateStatus status) {
        if (status == null) {
            return "";
        }
        String lower = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public CandidateStatus fromString(String text) {
        return text == null || text.isBlank() ? null : CandidateStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** e.g. {@code status-shortlisted}; screening.css colours them. */
    static String styleClass(CandidateStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }
}
