package com.talentsync.core.match.eval;

import java.util.List;

/**
 * How one job ad ranked the resumes.
 *
 * @param job           the ad's name
 * @param category      the category it is written for
 * @param relevant      how many resumes carry that category
 * @param precisionAt5  the share of the top five that carry it
 * @param ndcgAt10      normalised discounted cumulative gain of the top ten, relevance 1 or 0
 * @param top           the categories of the top ten, best first, for seeing what went wrong
 */
public record JobRanking(String job, String category, int relevant, double precisionAt5, double ndcgAt10,
                         List<String> top) {
    public JobRanking {
        top = List.copyOf(top);
    }
}
