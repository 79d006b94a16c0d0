package com.talentsync.core.resume.hidden;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Hidden text of an HTML page, by the rules of {@link HtmlVisibility}. */
final class HtmlHiddenText {

    private HtmlHiddenText() {}

    static HiddenText find(Document document) {
        RunCollector out = new RunCollector();
        Element root = document.body() != null ? document.body() : document;
        HtmlVisibility.walk(root, new HtmlVisibility.TextSink() {
            @Override
            public void text(TextNode node, boolean visible) {
                out.add(node.getWholeText(), !visible);
            }

            @Override
            public void blockBoundary() {
                out.breakLine();
            }
        });
        return out.result();
    }
}
