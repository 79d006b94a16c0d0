package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.SpeechService;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code talentsync transcribe FILE [--model DIR] [--json]}: offline speech to timed text, with delivery figures. */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Transcribe a recording offline (Vosk) and report pace, pauses and fillers (nothing is stored).")
final class TranscribeCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "The recording: wav, aiff, au, mp3, flac or ogg.")
    private Path file;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A Vosk model folder or .zip (default: the Settings choice, else the built-in English model).")
    private Path model;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        TranscriptionResult result;
        try {
            result = transcribe();
        } catch (InputException problem) {
            err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        DeliveryReport report = root().services().deliveryAnalyzer().analyse(result.transcript());
        if (json) {
            out().println(Json.pretty(TranscriptJson.of(result, report)));
        } else {
            print(out(), result, report);
        }
        return ExitCodes.OK;
    }

    private TranscriptionResult transcribe() throws InputException {
        if (model == null) {
            return root().services().speechService().transcribeFile(file, TranscriptionListener.NONE, () -> false);
        }
        try (SpeechService speech = root().services().speechServiceFor(Optional.of(model))) {
            return speech.transcribeFile(file, TranscriptionListener.NONE, () -> false);
        }
    }

    private void print(PrintWriter out, TranscriptionResult result, DeliveryReport report) {
        out.println(result.transcript().text());
        out.println();
        out.printf(Locale.ROOT, "%s: %.1f s of audio, %d words, transcribed in %.2f s%n", file.getFileName(),
                result.transcript().durationSec(), result.transcript().words().size(), result.elapsedMs() / 1000.0);
        for (String warning : result.warnings()) {
            out.println("Note: " + warning);
        }
        Map<String, Object> metrics = TranscriptJson.metrics(report.metrics());
        out.println();
        metrics.forEach((name, value) -> out.printf(Locale.ROOT, "  %-20s %s%n", name, value));
        if (!report.verdicts().isEmpty()) {
            out.println();
            for (DeliveryReport.Verdict verdict : report.verdicts()) {
                out.printf(Locale.ROOT, "  - %s (%s; %s)%n", verdict.text(), TranscriptJson.bandText(verdict.band()),
                        verdict.band().source());
            }
        }
    }
}
