package com.talentsync.core.resume.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            #fff                      | FFFFFF
            FFFFFF                    | FFFFFF
            #1F3864                   | 1F3864
            #ffffff80                 | FFFFFF
            White                     | FFFFFF
            whitesmoke                | F5F5F5
            rgb(255, 255, 255)        | FFFFFF
            rgba(0 128 255 / 0.5)     | 0080FF
            rgb(100%, 0%, 50%)        | FF0080
            auto                      | ''
            currentColor              | ''
            rgba(255,255,255,0)       | ''
            #12                       | ''
            """)
    void parsesTheWaysDocumentsWriteColours(String value, String rgb) {
        OptionalInt expected = rgb.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(rgb, 16));
        assertThat(Colors.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "FFFFFF, FFFFFF, true",
        "F2F2F2, FFFFFF, true",
        "E8E8E8, FFFFFF, true",
        "D9D9D9, FFFFFF, false",
        "000000, FFFFFF, false",
        "000000, 0A0A0A, true",
        "FFFFFF, 1F3864, false",
    })
    void tellsFaintFromReadable(String foreground, String background, boolean faint) {
        assertThat(Colors.indistinguishable(Integer.parseInt(foreground, 16), Integer.parseInt(background, 16)))
                .isEqualTo(faint);
    }

    @ParameterizedTest
    @CsvSource({"transparent, true", "'rgba(1,2,3,0)', true", "#ffffff00, true", "#fff0, true", "#ffffff, false",
        "'rgba(1,2,3,0.5)', false"})
    void knowsTransparent(String value, boolean transparent) {
        assertThat(Colors.isTransparent(value)).isEqualTo(transparent);
    }
}
