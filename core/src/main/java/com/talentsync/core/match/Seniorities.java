package com.talentsync.core.match;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Seniority from the title's words, or from the years asked when the title has none.
 *
 * <p>Checked from the most to the least senior, because titles stack words: a "Senior
 * Engineering Manager" manages, a "Lead Senior Developer" leads.
 */
final class Seniorities {

    private static final List<Map.Entry<Seniority, Pattern>> TITLE_WORDS = List.of(
            Map.entry(Seniority.MANAGER, words("manager|head of|director|vp|vice president")),
            Map.entry(Seniority.PRINCIPAL, words("principal|distinguished")),
            Map.entry(Seniority.LEAD, words("lead|team lead|tech lead|staff")),
            Map.entry(Seniority.SENIOR, words("senior|sr\\.?")),
            Map.entry(Seniority.MID, words("mid|mid-level|intermediate")),
            Map.entry(Seniority.JUNIOR, words("junior|jr\\.?|entry[- ]level|graduate|associate")),
            Map.entry(Seniority.INTERN, words("intern|internship|trainee|apprentice")));

    /** Years at which an untitled job reads as mid-level and as senior. */
    private static final int MID_YEARS = 2;
    private static final int SENIOR_YEARS = 5;

    private Seniorities() {}

    static Seniority of(String title, OptionalInt years) {
        for (Map.Entry<Seniority, Pattern> entry : TITLE_WORDS) {
            if (entry.getValue().matcher(title).find()) {
                return entry.getKey();
            }
        }
        if (years.isEmpty()) {
            return Seniority.UNKNOWN;
        }
        int n = years.getAsInt();
        return n >= SENIOR_YEARS ? Seniority.SENIOR : n >= MID_YEARS ? Seniority.MID : Seniority.JUNIOR;
    }

    /** Whole words, any case; "Sr." keeps its dot optional and "lead" does not match "leader". */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }
}
