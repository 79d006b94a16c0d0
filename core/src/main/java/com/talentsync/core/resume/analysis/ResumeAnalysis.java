package com.talentsync.core.resume.analysis;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.review.Review;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.store.AnalysisStamp;
import java.util.List;

/** Everything TalentSync worked out about one resume, and which versions worked it out. */
public record ResumeAnalysis(
        ResumeFacts facts,
        List<FoundSkill> skills,
        CategoryPrediction category,
        Review review,
        AnalysisStamp stamp) {}
