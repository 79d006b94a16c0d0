package com.talentsync.app.gui.screening;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenListener;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.store.StoredJob;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The screening backend in memory: inputs are paths the test registers with the resumes (or the
 * failure) each stands for; runs are stored per job the way the real one does, keeping status and
 * notes of candidates met again.
 */
final class InMemoryScreeningBackend implements ScreeningBackend {

    record ExportRequest(long jobId, Path file, ExportFormat format, boolean blind, List<Candidate> rows) {}

    private record Stored(ScreenedResume resume, CandidateStatus status, String notes) {}

    final List<StoredJob> jobs = new ArrayList<>();
    final Map<String, String> jobSources = new HashMap<>();
    final Map<Path, List<ScreenedResume>> inputs = new HashMap<>();
    final Map<Path, String> unreadable = new HashMap<>();
    final List<ExportRequest> exports = new ArrayList<>();
    final List<String> saves = new ArrayList<>();
    /** Called with the number of files done after each one, e.g. to cancel half way. */
    IntConsumer afterFile = done -> {};
    /** The next saves of status or notes fail this many times. */
    int failingSaves;

    private final Map<Long, Map<String, Stored>> candidates = new HashMap<>();
    private long nextJobId = 1;

    synchronized StoredJob job(String title) {
        StoredJob job = new StoredJob(nextJobId++, title, "Acme", "pasted", title + "\nRequired: Java, SQL, Kubernetes",
                Instant.parse("2025-01-01T00:00:00Z"));
        jobs.addFirst(job);
        return job;
    }

    @Override
    public synchronized List<StoredJob> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public synchronized StoredJob addJob(String text) {
        return job(text.lines().findFirst().orElse("").strip());
    }

    @Override
    public synchronized StoredJob loadJob(String pathOrUrl) throws InputException {
        String text = jobSources.get(pathOrUrl);
        if (text == null) {
            throw new InputException(InputError.Kind.NOT_FOUND,
                    "no job ad at " + pathOrUrl + ": give a PDF, DOCX or TXT file, or an https:// address");
        }
        return addJob(text);
    }

    @Override
    public List<String> mustHaves(long jobId) {
        return ScreeningFixtures.MUST_HAVES;
    }

    @Override
    public ScreenResult screen(long jobId, List<Path> paths, ScreenListener listener, BooleanSupplier cancelled)
            throws InputException {
        List<String> files = new ArrayList<>();
        List<ScreenedResume> read = new ArrayList<>();
        List<FailedFile> failed = new ArrayList<>();
        for (Path path : paths) {
            if (!inputs.containsKey(path) && !unreadable.containsKey(path)) {
                throw new InputException(InputError.Kind.NOT_FOUND, "not found: " + path + " (give a folder, files or a ZIP)");
            }
        }
        List<Object> work = new ArrayList<>();
        paths.forEach(path -> {
            work.addAll(inputs.getOrDefault(path, List.of()));
            if (unreadable.containsKey(path)) {
                work.add(new FailedFile(path.toString(), unreadable.get(path)));
            }
        });
        boolean stopped = false;
        for (Object item : work) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            if (item instanceof ScreenedResume resume) {
                read.add(resume);
                files.add(resume.file());
            } else {
                failed.add((FailedFile) item);
                files.add(((FailedFile) item).file());
            }
            listener.progress(files.size(), work.size(), files.getLast());
            afterFile.accept(files.size());
        }
        Map<String, ScreenedResume> unique = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (ScreenedResume resume : read) {
            ScreenedResume first = unique.putIfAbsent(resume.sha256(), resume);
            if (first != null) {
                repeated.computeIfAbsent(first.file(), kept -> new ArrayList<>()).add(resume.file());
            }
        }
        List<ScreenedResume> ranking = unique.values().stream().sorted(ranked()).toList();
        synchronized (this) {
            Map<String, Stored> job = candidates.computeIfAbsent(jobId, id -> new LinkedHashMap<>());
            ranking.forEach(resume -> job.merge(resume.sha256(), new Stored(resume, CandidateStatus.NEW, ""),
                    (before, now) -> new Stored(now.resume(), before.status(), before.notes())));
        }
        List<DuplicateGroup> groups = repeated.entrySet().stream()
                .map(entry -> new DuplicateGroup(entry.getKey(), entry.getValue(), true)).toList();
        return new ScreenResult(ranking.size(), failed, 1234, ranking, groups, stopped);
    }

    private static Comparator<ScreenedResume> ranked() {
        return Comparator.comparingInt(ScreenedResume::score).reversed().thenComparing(ScreenedResume::file);
    }

    @Override
    public synchronized List<Candidate> candidates(long jobId) {
        List<Stored> stored = candidates.getOrDefault(jobId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Stored::resume, ranked())).toList();
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Stored one = stored.get(i);
            result.add(new Candidate(i + 1, one.resume(), one.status(), one.notes()));
        }
        return result;
    }

    @Override
    public synchronized void setStatus(long jobId, String sha256, CandidateStatus status) {
        failIfAsked();
        candidates.get(jobId).computeIfPresent(sha256, (sha, before) -> new Stored(before.resume(), status, before.notes()));
        saves.add("status " + sha256 + " " + status);
    }

    @Override
    public synchronized void setNotes(long jobId, String sha256, String notes) {
        failIfAsked();
        candidates.get(jobId).computeIfPresent(sha256, (sha, before) -> new Stored(before.resume(), before.status(), notes));
        saves.add("notes " + sha256 + " " + notes);
    }

    private void failIfAsked() {
        if (failingSaves > 0) {
            failingSaves--;
            throw new IllegalStateException("database is read-only");
        }
    }

    synchronized Candidate stored(long jobId, String sha256) {
        return candidates(jobId).stream().filter(candidate -> candidate.sha256().equals(sha256)).findFirst().orElseThrow();
    }

    @Override
    public synchronized void export(long jobId, Path file, ExportFormat format, boolean blind, List<Candidate> rows)
            throws IOException {
        if (file.getFileName().toString().startsWith("locked")) {
            throw new IOException("cannot write " + file.getFileName() + ": the file is open in another program");
        }
        exports.add(new ExportRequest(jobId, file, format, blind, rows));
    }

    @Override
    public String maskedText(ScreenedResume resume) {
        String text = resume.text();
        String name = resume.name();
        if (!name.isEmpty()) {
            text = text.replace(name, "[name]");
        }
        return text.replaceAll("\\S+@\\S+", "[e-mail]").replaceAll("\\b(She|He)\\b", "They");
    }
}
