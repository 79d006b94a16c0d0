package com.talentsync.core.screen.export;

import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.screen.ScreeningFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows for the export tests: a real candidate, a hostile file, and many for pagination. */
final class ExportSamples {

    static final Instant GENERATED = Instant.parse("2026-06-01T09:30:00Z");
    static final String SCRIPT = "<script>alert('pwned')</script>";

    private ExportSamples() {}

    static ReportOptions options(boolean blind) {
        return new ReportOptions("Java Developer", List.of("Java", "SQL", "Docker"), blind, GENERATED);
    }

    static ReportEntry asha() {
        ScreenedResume resume = ScreeningFixtures.screened("Asha_Rao_CV.pdf", ScreeningFixtures.asha(), 80,
                List.of("Java", "SQL", "Apache Kafka"), List.of("Docker"));
        return new ReportEntry(resume, CandidateStatus.SHORTLISTED, "Call Asha on +91 98765 43210, she knows Kafka");
    }

    static ReportEntry hostile() {
        String text = SCRIPT + "\nJava developer with SQL\n<img src=x onerror=alert(1)>";
        ScreenedResume resume = ScreeningFixtures.screened("=cmd|' /C calc'!A0 <b>x</b>.txt", text, 35,
                List.of("Java"), List.of("SQL", "Docker"));
        return new ReportEntry(resume, CandidateStatus.REJECTED, "=HYPERLINK(\"http://example.test\",\"click\") " + SCRIPT);
    }

    static ReportEntry withForeignNotes() {
        ScreenedResume resume = ScreeningFixtures.screened("meera.txt", ScreeningFixtures.meera(), 20, List.of("Java"),
                List.of("SQL", "Docker"));
        return new ReportEntry(resume, CandidateStatus.INTERVIEW, "面试 ok — naïve café\nsecond line");
    }

    static List<ReportEntry> many(int count) {
        ReportEntry template = asha();
        List<ReportEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ScreenedResume r = template.resume();
            entries.add(new ReportEntry(new ScreenedResume("cv-" + i + ".txt", r.sha256(), r.text(), r.analysis(),
                    r.match()), CandidateStatus.NEW, "note " + i));
        }
        return entries;
    }
}
