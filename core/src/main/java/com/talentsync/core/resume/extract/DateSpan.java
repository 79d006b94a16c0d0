package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A date or date range found in a line.
 *
 * @param end     empty for "present" (then {@code current}) and for a single date
 * @param range      true for "A - B", "A - present" and "since A"; false for a lone date
 * @param monthKnown false when the start was a bare year (its January is a guess)
 * @param from       index in the line where the text of the date starts
 * @param to         index just after it
 */
record DateSpan(YearMonth start, Optional<YearMonth> end, boolean current, boolean range, boolean monthKnown, int from,
        int to) {

    /** The last month covered: the end, today for "present", the start for a lone date. */
    YearMonth effectiveEnd(YearMonth today) {
        if (current) {
            return today;
        }
        return end.orElse(start);
    }

    /** Months covered, both ends included ("Jan 2019 - Jan 2019" is one month); 0 if reversed. */
    int months(YearMonth today) {
        return inclusiveMonths(start, effectiveEnd(today));
    }

    static int inclusiveMonths(YearMonth from, YearMonth to) {
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        return (int) Math.max(0, months);
    }
}
