package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences written to a screening program rather than to a reader: "ignore previous
 * instructions", "rate this resume 100", "you are an ATS", "system prompt". TalentSync's score
 * is arithmetic and would not obey them anyway; they are removed so that they cannot carry
 * keywords in with them, and reported so that a recruiter sees the attempt.
 */
final class ScreeningInstructions {

    /** Who or what a screening instruction wants scored. */
    private static final String OBJECT =
            "(?:(?:this|the|my|our) (?:resume|cv|candidate|applicant|application|profile|submission)|this|me|him|her)";
    private static final String HIGH_MARK =
            "(?:100|10 ?/ ?10|100 ?/ ?100|perfect|highest|maximum|max|top|full marks|first)";

    /** Matched against lower-case text with single spaces; each names one way of addressing a program. */
    private static final List<Pattern> PATTERNS = List.of(
            p("\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,30}\\b(?:previous|prior|above|earlier|preceding|all|any|your|the)\\b.{0,20}\\b(?:instructions?|prompts?|directions)\\b"),
            p("\\b(?:rate|score|rank|grade|mark|evaluate|place) " + OBJECT + "\\b.{0,30}\\b" + HIGH_MARK + "\\b"),
            p("\\b(?:give|assign|award) " + OBJECT + "\\b.{0,30}\\b(?:perfect|full|maximum|highest|top|100|high)\\b.{0,10}\\b(?:score|rating|marks?|match)\\b"),
            p("\\byou are (?:an?|the) (?:ats\\b|applicant tracking|ai\\b|llm|large language model|language model|assistant|chatbot|screening|recruit|hiring|resume (?:parser|screener|scanner))"),
            p("\\bsystem prompt\\b|\\b(?:system|developer) (?:message|instructions?) ?:"),
            p("\\b(?:hidden|secret) instructions?\\b"),
            p("\\bas an? (?:ai|llm|large language model|language model|ats)(?: model| assistant| system)?,? (?:you|please)\\b"),
            p("\\b(?:dear|attention|note to|hey|hello) (?:an? )?(?:ai|ats|llm|chatgpt|gpt|gemini|claude|language model|(?:screening|recruiting|hiring) (?:software|program|tool|bot|system)|resume (?:parser|screener|scanner|bot))\\b"),
            p("\\b(?:this|the) (?:candidate|applicant|resume|cv) (?:is|must be|should be) (?:the )?(?:best|perfect|ideal|most qualified|top|strongest)\\b.{0,20}\\b(?:candidate|applicant|fit|match|choice)\\b"),
            p("\\b(?:do not|don't|never) (?:reject|filter out|screen out|discard|disqualify) " + OBJECT + "\\b"),
            p("\\b(?:shortlist|select|hire|recommend|pass) " + OBJECT + " (?:immediately|automatically|regardless|without)\\b"),
            p("<\\|?(?:im_start|im_end|system|endoftext)\\|?>|\\[/?inst\\]|###\\s*(?:instruction|system)"));

    /** Where a line breaks into sentences. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private ScreeningInstructions() {}

    /** Whether {@code sentence} addresses a screening program. */
    static boolean addressesProgram(String sentence) {
        String text = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line without its sentences that address a program, and those sentences. A line of one
     * sentence that does goes whole; the rest of a longer line stays as written.
     */
    static Split split(String line) {
        if (!addressesProgram(line)) {
            return new Split(line, List.of());
        }
        StringBuilder kept = new StringBuilder();
        List<String> removed = new ArrayList<>();
        int from = 0;
        Matcher m = SENTENCE_END.matcher(line);
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : line.length();
            String sentence = line.substring(from, to);
            if (addressesProgram(sentence)) {
                removed.add(sentence.strip());
            } else if (!sentence.isBlank()) {
                kept.append(kept.isEmpty() ? "" : " ").append(sentence.strip());
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
        if (removed.isEmpty()) {
            // The whole line matched but no single sentence did: the instruction spans sentences.
            return new Split("", List.of(line.strip()));
        }
        return new Split(kept.toString(), removed);
    }

    record Split(String kept, List<String> removed) {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }
}
