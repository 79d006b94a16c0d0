package com.talentsync.core.screen;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.analysis.ResumeAnalysis;

/**
 * Scores one analysed resume against the screening's job. Screening does not know how: the
 * caller passes {@code analysis -> matcher.match(analysis, preparedJob)}. Called from several
 * worker threads at once, so it must be thread-safe.
 */
@FunctionalInterface
public interface ResumeScorer {

    MatchResult score(ResumeAnalysis analysis);
}
