package com.talentsync.core.screen;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The columns a ranking can be sorted by, shared by the GUI's table and the CLI so both order
 * alike. Whatever the column, equal rows stay in file-name order, so a sort is stable and
 * repeatable. In blind review the GUI should not offer {@link #NAME}: its order would hint at
 * the hidden names.
 */
public enum RankingColumn {
    SCORE(Comparator.comparingInt(ScreenedResume::score)),
    FILE(Comparator.comparing(ScreenedResume::file, String.CASE_INSENSITIVE_ORDER)),
    NAME(Comparator.comparing(ScreenedResume::name, String.CASE_INSENSITIVE_ORDER)),
    CATEGORY(Comparator.comparing(ScreenedResume::category, String.CASE_INSENSITIVE_ORDER)),
    YEARS(Comparator.comparingInt(ScreenedResume::experienceMonths)),
    MATCHED_SKILLS(Comparator.comparingInt(resume -> resume.match().matchedSkills().size())),
    MISSING_REQUIRED(Comparator.comparingInt(resume -> resume.match().missingRequired().size()));

    /** The last word on order: file name, then the bytes' hash for two files of one name. */
    private static final Comparator<ScreenedResume> TIES = Comparator
            .comparing(ScreenedResume::file)
            .thenComparing(ScreenedResume::sha256);

    /** Best score first, ties by file name: the order a screening returns. */
    public static final Comparator<ScreenedResume> BEST_FIRST = SCORE.order(true);

    private final Comparator<ScreenedResume> ascending;

    RankingColumn(Comparator<ScreenedResume> ascending) {
        this.ascending = ascending;
    }

    /** This column's order, reversed when {@code descending}; ties always by file name, ascending. */
    public Comparator<ScreenedResume> order(boolean descending) {
        return (descending ? ascending.reversed() : ascending).thenComparing(TIES);
    }

    /** A sorted copy of {@code resumes}. */
    public List<ScreenedResume> sort(List<ScreenedResume> resumes, boolean descending) {
        return resumes.stream().sorted(order(descending)).toList();
    }

    /** Helper for callers that sort their own row type holding a resume. */
    public <T> Comparator<T> order(boolean descending, Function<T, ScreenedResume> resumeOf) {
        Comparator<ScreenedResume> order = order(descending);
        return (a, b) -> order.compare(resumeOf.apply(a), resumeOf.apply(b));
    }
}
