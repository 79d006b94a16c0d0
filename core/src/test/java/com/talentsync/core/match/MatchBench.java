package com.talentsync.core.match;

import com.talentsync.core.embed.MiniLmEmbedder;
import com.talentsync.core.match.eval.LabelledJob;
import com.talentsync.core.match.eval.LabelledResume;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: a benchmark to run by hand, printing what matching costs after warm-up. Times are
 * CPU time of the calling thread (the machines these run on are shared), median of many runs.
 *
 * <pre>./mvnw -B -q -o test-compile dependency:build-classpath -pl core -am \
 *     -Dmdep.outputFile=/tmp/cp-\${project.artifactId}.txt -Dmdep.includeScope=test
 * java -cp "core/target/test-classes:core/target/classes:$(cat /tmp/cp-talentsync-core.txt)" \
 *     com.talentsync.core.match.MatchBench eval/job-ads ../shared/data/updated-resume-dataset/UpdatedResumeDataSet_dedup.csv</pre>
 */
public final class MatchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MatchBench() {}

    public static void main(String[] args) throws Exception {
        Path ads = Path.of(args.length > 0 ? args[0] : "eval/job-ads");
        Path csv = Path.of(args.length > 1 ? args[1] : "../shared/data/updated-resume-dataset/UpdatedResumeDataSet_dedup.csv");
        List<LabelledJob> jobs = LabelledJob.readFolder(ads);
        List<String> resumes = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            LabelledResume.readCsv(csv).forEach(r -> resumes.add(r.text()));
        } else {
            resumes.add(MatchFixtures.ASHA);
            resumes.add(MatchFixtures.ARTIST);
        }
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        long loadStart = System.nanoTime();
        embedder.warmUp();
        System.out.printf("model load: %.0f ms wall%n", (System.nanoTime() - loadStart) / 1e6);
        ResumeMatcher matcher = new ResumeMatcher(SkillTaxonomy.shipped(), embedder);

        List<ResumeAnalysis> analyses = new ArrayList<>();
        double[] analyse = new double[resumes.size()];
        for (int i = 0; i < resumes.size(); i++) {
            long t = cpu();
            analyses.add(MatchFixtures.analyse(resumes.get(i)));
            analyse[i] = (cpu() - t) / 1e6;
        }
        // Warm-up: the JIT, the tokenizer, the caches of the skill finder.
        PreparedJob warm = matcher.prepare(jobs.get(0).text());
        for (int k = 0; k < 3; k++) {
            for (ResumeAnalysis a : analyses) {
                matcher.match(a, warm);
            }
        }

        double[] prepareCold = new double[jobs.size()];
        double[] prepareWarm = new double[jobs.size()];
        for (int j = 0; j < jobs.size(); j++) {
            String text = jobs.get(j).text() + "\n"; // a text the cache has not seen: duties embedded anew
            long t = cpu();
            matcher.prepare(text + " ");
            prepareCold[j] = (cpu() - t) / 1e6;
            t = cpu();
            matcher.prepare(text + " ");
            prepareWarm[j] = (cpu() - t) / 1e6;
        }

        // Screening cost: every resume new to the cache (fresh embedder), one prepared ad.
        MiniLmEmbedder fresh = new MiniLmEmbedder();
        fresh.warmUp();
        ResumeMatcher screening = new ResumeMatcher(SkillTaxonomy.shipped(), fresh);
        PreparedJob job = screening.prepare(jobs.get(jobs.size() / 2).text());
        double[] cold = new double[analyses.size()];
        double[] warmMatch = new double[analyses.size()];
        for (int i = 0; i < analyses.size(); i++) {
            long t = cpu();
            screening.match(analyses.get(i), job);
            cold[i] = (cpu() - t) / 1e6;
            t = cpu();
            screening.match(analyses.get(i), job);
            warmMatch[i] = (cpu() - t) / 1e6;
        }

        // Re-scoring after an edit: a word put at the front of the resume's first chunk, so that
        // chunk is embedded again and the others come from the cache; analysis and match redone.
        ResumeAnalysis before = MatchFixtures.analyse(MatchFixtures.ASHA);
        screening.match(before, job);
        double[] edit = new double[20];
        int embedded = 0;
        for (int k = 0; k < edit.length; k++) {
            String edited = MatchFixtures.ASHA.replace("Backend developer with", "Backend developer (edit " + k + ") with");
            int cachedBefore = fresh.cachedTexts();
            long t = cpu();
            screening.match(MatchFixtures.analyse(edited), job);
            edit[k] = (cpu() - t) / 1e6;
            embedded += fresh.cachedTexts() - cachedBefore;
        }

        System.out.printf("resumes: %d, ads: %d%n", resumes.size(), jobs.size());
        System.out.printf("analyse one resume (extract, skills, review; no classifier): median %.1f ms, p90 %.1f ms%n",
                median(analyse), p90(analyse));
        System.out.printf("prepare one ad, duties new to the cache: median %.1f ms, p90 %.1f ms%n", median(prepareCold), p90(prepareCold));
        System.out.printf("prepare one ad, duties cached: median %.1f ms%n", median(prepareWarm));
        System.out.printf("match one resume new to the cache (screening): median %.1f ms, p90 %.1f ms, mean %.1f ms%n",
                median(cold), p90(cold), Arrays.stream(cold).average().orElse(0));
        System.out.printf("match one resume again (cached chunks): median %.1f ms, p90 %.1f ms%n", median(warmMatch), p90(warmMatch));
        System.out.printf("re-score after a one-line edit (analyse + match, %.1f chunk embedded): median %.1f ms, p90 %.1f ms%n",
                (double) embedded / edit.length, median(edit), p90(edit));
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(sorted.length * 0.9)];
    }
}
