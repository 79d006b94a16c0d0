package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Total experience and gaps from a list of jobs. Overlapping jobs (a weekend role next to a
 * day job, two part-time posts) count once: the months are the union of the jobs' spans.
 */
final class ExperienceTimeline {

    /** Gaps of more than this many months are reported. */
    static final int GAP_THRESHOLD_MONTHS = 6;

    private record Span(YearMonth from, YearMonth to) {}

    private final List<Span> merged;

    ExperienceTimeline(List<ExperienceEntry> jobs, YearMonth today) {
        List<Span> spans = new ArrayList<>();
        for (ExperienceEntry job : jobs) {
            if (job.start().isEmpty()) {
                continue;
            }
            YearMonth from = job.start().get();
            YearMonth to = job.current() ? today : job.end().orElse(from);
            if (to.isAfter(today)) {
                to = today; // a job cannot have lasted into the future
            }
            if (!to.isBefore(from)) {
                spans.add(new Span(from, to));
            }
        }
        spans.sort(Comparator.comparing(Span::from));
        merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            // Adjacent months join too: Jan-Mar then Apr-Jun is one unbroken stretch.
            if (last != null && !span.from().isAfter(last.to().plusMonths(1))) {
                merged.set(merged.size() - 1, new Span(last.from(), max(last.to(), span.to())));
            } else {
                merged.add(span);
            }
        }
    }

    /** Months worked, each month counted once however many jobs cover it. */
    int totalMonths() {
        int total = 0;
        for (Span span : merged) {
            total += DateSpan.inclusiveMonths(span.from(), span.to());
        }
        return total;
    }

    /**
     * Breaks between jobs longer than {@link #GAP_THRESHOLD_MONTHS}: from the first month without
     * a job to the last one, both included.
     */
    List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < merged.size(); i++) {
            YearMonth from = merged.get(i - 1).to().plusMonths(1);
            YearMonth to = merged.get(i).from().minusMonths(1);
            int months = DateSpan.inclusiveMonths(from, to);
            if (months > GAP_THRESHOLD_MONTHS) {
                gaps.add(new Gap(from, to, months));
            }
        }
        return List.copyOf(gaps);
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
