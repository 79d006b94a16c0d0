package com.talentsync.core.resume.hidden;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Which text of an HTML page a reader can see, judged from the markup alone: the {@code hidden}
 * attribute and inline styles ({@code display:none}, {@code visibility:hidden}, {@code opacity:0},
 * a zero or tiny {@code font-size}, a text colour too close to the background, text moved far off
 * screen), with CSS inheritance where it matters (a child may turn {@code visibility} or a font
 * size back on). Style sheets and class rules are not evaluated: that would need a browser engine,
 * and inline styles are what generated resumes and job pages use to hide text.
 */
public final class HtmlVisibility {

    /** Elements whose text is no content at all (Tika and browsers skip it too). */
    private static final Set<String> NOT_CONTENT = Set.of("script", "style", "template", "noscript", "head", "title",
            "meta", "link", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option", "textarea");
    private static final double MAX_HIDDEN_PX = 2.0 * 96 / 72; // 2 pt
    /** Text pushed this far left or up is off any screen: the classic way to hide it. */
    private static final double OFF_SCREEN_PX = 500;
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)\\s*([a-z%]*)");
    private static final int UNKNOWN = -1;

    /** What an element passes on to its children. */
    private record State(boolean skip, boolean gone, boolean invisible, boolean tiny, int colour, int background) {
        boolean hidesText() {
            return gone || invisible || tiny
                    || colour != UNKNOWN && background != UNKNOWN && Colors.indistinguishable(colour, background);
        }
    }

    /** Receives a page's text in document order. */
    interface TextSink {
        void text(TextNode node, boolean visible);

        /** A block element (paragraph, list item, cell, ...) starts or ends. */
        void blockBoundary();
    }

    private HtmlVisibility() {}

    /**
     * Removes every text node under {@code root} that a reader cannot see.
     *
     * @return how many text nodes (with more than whitespace) were removed
     */
    public static int removeHiddenText(Element root) {
        List<TextNode> hidden = new ArrayList<>();
        walk(root, new TextSink() {
            @Override
            public void text(TextNode node, boolean visible) {
                if (!visible) {
                    hidden.add(node);
                }
            }

            @Override
            public void blockBoundary() {}
        });
        int removed = 0;
        for (TextNode node : hidden) {
            if (!node.isBlank()) {
                removed++;
            }
            node.remove();
        }
        return removed;
    }

    static void walk(Element root, TextSink sink) {
        Deque<State> states = new ArrayDeque<>();
        states.push(new State(false, false, false, false, Colors.BLACK, Colors.WHITE));
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    State state = childState(states.peek(), element);
                    states.push(state);
                    if (!state.skip() && (element.isBlock() || element.nameIs("br"))) {
                        sink.blockBoundary();
                    }
                } else if (node instanceof TextNode text && !states.peek().skip()) {
                    sink.text(text, !states.peek().hidesText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    State state = states.pop();
                    if (!state.skip() && element.isBlock()) {
                        sink.blockBoundary();
                    }
                }
            }
        }, root);
    }

    private static State childState(State parent, Element element) {
        if (parent.skip() || NOT_CONTENT.contains(element.normalName())) {
            return new State(true, true, true, true, UNKNOWN, UNKNOWN);
        }
        boolean gone = parent.gone() || element.hasAttr("hidden")
                || element.nameIs("input") && "hidden".equalsIgnoreCase(element.attr("type"));
        boolean invisible = parent.invisible();
        boolean tiny = parent.tiny();
        int colour = parent.colour();
        int background = parent.background();
        if (element.nameIs("font") && element.hasAttr("color")) {
            colour = Colors.parse(element.attr("color")).orElse(UNKNOWN);
        }
        if (element.hasAttr("bgcolor")) {
            background = Colors.parse(element.attr("bgcolor")).orElse(UNKNOWN);
        }
        Map<String, String> style = declarations(element.attr("style"));
        if (!style.isEmpty()) {
            gone |= "none".equals(style.get("display")) || isZero(style.get("opacity")) || offScreen(style)
                    || collapsed(style);
            String visibility = style.get("visibility");
            if (visibility != null) {
                invisible = visibility.equals("hidden") || visibility.equals("collapse");
            }
            String size = style.get("font-size");
            if (size != null) {
                tiny = tinyFont(size, tiny);
            }
            String color = style.get("color");
            if (color != null) {
                colour = Colors.isTransparent(color) ? background : Colors.parse(color).orElse(UNKNOWN);
            }
            background = background(style, background);
        }
        return new State(false, gone, invisible, tiny, colour, background);
    }

    /** A new background colour, the old one when none is set, unknown for pictures and gradients. */
    private static int background(Map<String, String> style, int inherited) {
        String image = style.get("background-image");
        if (image != null && !image.equals("none")) {
            return UNKNOWN;
        }
        String colour = style.getOrDefault("background-color", style.get("background"));
        if (colour == null || Colors.isTransparent(colour) || colour.equals("none") || colour.equals("inherit")) {
            return inherited;
        }
        OptionalInt parsed = Colors.parse(colour);
        return parsed.isPresent() ? parsed.getAsInt() : UNKNOWN;
    }

    private static boolean tinyFont(String value, boolean inherited) {
        Matcher length = LENGTH.matcher(value);
        if (!length.matches()) {
            return false; // keywords such as "small" are all readable
        }
        double number = Double.parseDouble(length.group(1));
        if (number <= 0) {
            return true;
        }
        return switch (length.group(2)) {
            case "px", "" -> number <= MAX_HIDDEN_PX;
            case "pt" -> number <= 2.0;
            case "em", "%", "rem", "ex", "ch" -> inherited; // relative to a parent we judged already
            default -> false;
        };
    }

    private static boolean offScreen(Map<String, String> style) {
        String position = style.getOrDefault("position", "");
        boolean placed = position.equals("absolute") || position.equals("fixed");
        return placed && (farNegative(style.get("left")) || farNegative(style.get("top")))
                || farNegative(style.get("text-indent"));
    }

    /** Zero height or width with the overflow cut off shows nothing. */
    private static boolean collapsed(Map<String, String> style) {
        if (!"hidden".equals(style.get("overflow"))) {
            return false;
        }
        return isZero(style.get("height")) || isZero(style.get("max-height")) || isZero(style.get("width"))
                || isZero(style.get("max-width"));
    }

    private static boolean farNegative(String value) {
        if (value == null) {
            return false;
        }
        Matcher length = LENGTH.matcher(value);
        return length.matches() && Double.parseDouble(length.group(1)) <= -OFF_SCREEN_PX
                && (length.group(2).equals("px") || length.group(2).equals("pt") || length.group(2).isEmpty());
    }

    private static boolean isZero(String value) {
        if (value == null) {
            return false;
        }
        Matcher length = LENGTH.matcher(value);
        return length.matches() && Double.parseDouble(length.group(1)) == 0;
    }

    /** "color: #fff; DISPLAY:none !important" as lower-case property to value. */
    static Map<String, String> declarations(String style) {
        if (style == null || style.isBlank()) {
            return Map.of();
        }
        Map<String, String> declarations = new HashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
            declarations.put(property, value);
        }
        return declarations;
    }
}
