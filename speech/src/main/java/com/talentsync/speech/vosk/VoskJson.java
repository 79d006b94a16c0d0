package com.talentsync.speech.vosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentsync.core.speech.TimedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON Vosk returns: {@code {"partial": "..."}} while an utterance runs, and
 * {@code {"result": [{"word", "start", "end", "conf"}...], "text": "..."}} when it ends. Values
 * are cleaned defensively (negative or reversed times, confidences outside 0-1) so one odd
 * token never fails a whole transcript.
 */
final class VoskJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VoskJson() {}

    /** The partial text, "" when there is none. */
    static String partial(String json) {
        return read(json).path("partial").asText("").strip();
    }

    /** The timed words of a finished utterance, in the order Vosk gives them. */
    static List<TimedWord> words(String json) {
        JsonNode result = read(json).path("result");
        List<TimedWord> words = new ArrayList<>();
        for (JsonNode item : result) {
            String word = item.path("word").asText("").strip();
            if (word.isEmpty()) {
                continue;
            }
            double start = Math.max(0, finite(item.path("start").asDouble(0)));
            double end = Math.max(start, finite(item.path("end").asDouble(start)));
            double conf = Math.clamp(finite(item.path("conf").asDouble(1)), 0.0, 1.0);
            words.add(new TimedWord(word, start, end, conf));
        }
        return words;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vosk returned unreadable JSON: " + json, e);
        }
    }
}
