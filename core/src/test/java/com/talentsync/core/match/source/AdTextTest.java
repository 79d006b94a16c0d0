package com.talentsync.core.match.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '  Title  \\r\\n\\r\\n\\r\\n\\r\\nBody  text '   | 'Title\\n\\nBody text'
            'a\\u00A0\\u00A0b\\tc'                         | 'a b c'
            'line\\u200Bone\\u0007'                        | 'lineone'
            '- \\n-\\n• \\nreal item'                      | 'real item'
            '\\n\\n\\n'                                    | ''
            'first\\u2028second'                           | 'first\\nsecond'
            """)
    void tidiesWhitespaceBlankLinesAndBareMarkers(String raw, String tidy) {
        assertThat(AdText.tidy(unescape(raw))).isEqualTo(unescape(tidy));
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
                .replace("\\u00A0", "\u00A0").replace("\\u200B", "\u200B").replace("\\u0007", "\u0007")
                .replace("\\u2028", "\u2028");
    }
}
