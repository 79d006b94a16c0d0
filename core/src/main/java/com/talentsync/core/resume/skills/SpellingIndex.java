package com.talentsync.core.resume.skills;

import java.util.HashMap;
import java.util.Map;

/**
 * Spellings keyed by their words, as a word trie: the finder walks it from each word of a
 * resume, so most words cost one hash lookup that fails, and names of any length are found in
 * one pass without a regular expression per skill. The trie is also the dictionary for
 * {@link SkillTaxonomy#lookup} and for clash detection, so no second map of joined keys is built.
 */
final class SpellingIndex {

    static final class Node {
        private Map<String, Node> next;
        private Spelling spelling;

        Node child(String word) {
            return next == null ? null : next.get(word);
        }

        Spelling spelling() {
            return spelling;
        }
    }

    private final Node root = new Node();
    private int maxWords;

    /** Adds the spelling and returns null, or returns the spelling already stored under the same words. */
    Spelling add(Spelling spelling) {
        Node node = root;
        for (String word : spelling.words()) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            Node child = node.next.get(word);
            if (child == null) {
                child = new Node();
                node.next.put(word, child);
            }
            node = child;
        }
        if (node.spelling != null) {
            return node.spelling;
        }
        node.spelling = spelling;
        maxWords = Math.max(maxWords, spelling.words().length);
        return null;
    }

    Spelling lookup(String[] words) {
        Node node = root;
        for (int i = 0; i < words.length && node != null; i++) {
            node = node.child(words[i]);
        }
        return node == null ? null : node.spelling;
    }

    Node root() {
        return root;
    }

    int maxWords() {
        return maxWords;
    }
}
