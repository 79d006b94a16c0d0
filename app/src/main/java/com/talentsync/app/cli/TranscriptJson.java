package com.talentsync.app.cli;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.delivery.DeliveryMetrics;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.TranscriptionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code transcribe --json} contract: {@code text, durationSec, elapsedMs, words [{word,
 * start, end, conf}], metrics {wpm, articulationWpm, pauses, longPauses, longestPauseSec,
 * fillerCount, fillersPer100Words, fillers {word: count}, hedges, talkTimeSec}}, then extras.
 * Field names are a contract with scripts; add fields, never rename them.
 */
final class TranscriptJson {

    private TranscriptJson() {}

    static Map<String, Object> of(TranscriptionResult result, DeliveryReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", result.transcript().text());
        json.put("durationSec", round(result.transcript().durationSec(), 2));
        json.put("elapsedMs", result.elapsedMs());
        List<Map<String, Object>> words = new ArrayList<>();
        for (TimedWord word : result.transcript().words()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("word", word.word());
            entry.put("start", round(word.start(), 2));
            entry.put("end", round(word.end(), 2));
            entry.put("conf", round(word.conf(), 3));
            words.add(entry);
        }
        json.put("words", words);
        json.put("metrics", metrics(report.metrics()));
        json.put("longPauses", report.pauses().stream().filter(DeliveryReport.Pause::isLong)
                .map(pause -> Map.of("startSec", round(pause.startSec(), 2), "durationSec",
                        round(pause.durationSec(), 2), "afterWord", pause.afterWord()))
                .toList());
        json.put("soundHesitations", report.soundHesitations().stream()
                .map(sound -> Map.of("startSec", round(sound.startSec(), 2), "endSec", round(sound.endSec(), 2),
                        "afterWord", sound.afterWord()))
                .toList());
        json.put("verdicts", report.verdicts().stream().map(TranscriptJson::verdict).toList());
        json.put("warnings", result.warnings());
        json.put("source", Map.of("format", result.source().container(), "sampleRate", result.source().sampleRate(),
                "channels", result.source().channels()));
        return json;
    }

    static Map<String, Object> metrics(DeliveryMetrics metrics) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("wpm", round(metrics.wpm(), 1));
        json.put("articulationWpm", round(metrics.articulationWpm(), 1));
        json.put("pauses", metrics.pauses());
        json.put("longPauses", metrics.longPauses());
        json.put("longestPauseSec", round(metrics.longestPauseSec(), 2));
        json.put("fillerCount", metrics.fillerCount());
        json.put("fillersPer100Words", round(metrics.fillersPer100Words(), 2));
        json.put("fillers", metrics.fillers());
        json.put("hedges", metrics.hedges());
        json.put("talkTimeSec", round(metrics.talkTimeSec(), 2));
        json.put("wordCount", metrics.wordCount());
        json.put("vocabularyVariety", round(metrics.vocabularyVariety(), 3));
        json.put("repeatedWords", metrics.repeatedWords());
        return json;
    }

    private static Map<String, Object> verdict(DeliveryReport.Verdict verdict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", verdict.metric());
        json.put("value", round(verdict.value(), 2));
        json.put("rating", verdict.rating().name());
        json.put("band", bandText(verdict.band()));
        json.put("source", verdict.band().source());
        json.put("text", verdict.text());
        return json;
    }

    static String bandText(DeliveryReport.Band band) {
        if (Double.isInfinite(band.low())) {
            return "under " + number(band.high()) + " " + band.unit();
        }
        if (Double.isInfinite(band.high())) {
            return number(band.low()) + " or more " + band.unit();
        }
        return number(band.low()) + "-" + number(band.high()) + " " + band.unit();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(round(value, 2));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
