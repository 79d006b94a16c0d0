package com.talentsync.app.gui.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A read-only text with its skill highlights as coloured runs of a {@link TextFlow}; rebuilt
 * only when a new {@link HighlightedText} arrives, never while the user types.
 */
final class HighlightedTextView extends ScrollPane {

    private final TextFlow flow = new TextFlow();

    HighlightedTextView(ObservableValue<HighlightedText> source) {
        getStyleClass().add("highlighted-text");
        flow.getStyleClass().add("highlighted-flow");
        setContent(flow);
        setFitToWidth(true);
        source.addListener((observable, before, after) -> show(after));
        show(source.getValue());
    }

    /** The runs as shown, for tests and accessibility: the full text in order. */
    List<Text> runs() {
        return flow.getChildren().stream().map(Text.class::cast).toList();
    }

    private void show(HighlightedText document) {
        HighlightedText shown = document == null ? HighlightedText.EMPTY : document;
        String text = shown.text();
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (Highlight highlight : shown.highlights()) {
            if (highlight.start() > at) {
                runs.add(plain(text.substring(at, highlight.start())));
            }
            runs.add(marked(text.substring(highlight.start(), highlight.end()), highlight));
            at = highlight.end();
        }
        if (at < text.length()) {
            runs.add(plain(text.substring(at)));
        }
        flow.getChildren().setAll(runs);
        setVvalue(0);
    }

    private static Text plain(String text) {
        Text run = new Text(text);
        run.getStyleClass().add("text-run");
        return run;
    }

    private static Text marked(String text, Highlight highlight) {
        Text run = plain(text);
        run.getStyleClass().add("skill-" + highlight.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Tooltip.install(run, new Tooltip(describe(highlight)));
        return run;
    }

    static String describe(Highlight highlight) {
        return switch (highlight.kind()) {
            case MATCHED -> highlight.skill() + ": asked for by the ad and shown in the resume";
            case MISSING_REQUIRED -> highlight.skill() + ": required by the ad, not shown in the resume";
            case MISSING_PREFERRED -> highlight.skill() + ": welcome in the ad, not shown in the resume";
        };
    }
}
