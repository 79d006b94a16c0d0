package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One job. {@code end} is empty for "present" (resolved to today for {@code months}).
 *
 * @param line 0-based line of the entry's first line in the normalised text, for linking
 */
public record ExperienceEntry(
        String title,
        String company,
        Optional<String> location,
        Optional<YearMonth> start,
        Optional<YearMonth> end,
        boolean current,
        int months,
        List<String> bullets,
        int line) {}
