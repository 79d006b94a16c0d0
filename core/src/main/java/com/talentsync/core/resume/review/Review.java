package com.talentsync.core.resume.review;

import java.util.List;

/** The quality review: a 0-100 score made of parts, located findings, and tips. */
public record Review(
        int score,
        int wordCount,
        List<ScorePart> parts,
        List<Finding> findings,
        List<String> resumeTips,
        List<String> interviewTips) {}
