package com.talentsync.core.resume.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.layout.PageGeometry.Glyph;
import com.talentsync.core.resume.layout.PageGeometry.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageGeometryTest {

    private static final float WIDTH = 612;
    private static final float HEIGHT = 792;

    /** Glyphs 5 pt wide for each character of the text, spaces leaving a gap. */
    private static List<Glyph> word(float x, float y, String text) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String character = text.substring(i, i + 1);
            if (!character.isBlank()) {
                glyphs.add(new Glyph(x + 5 * i, y, 5, 8, character));
            }
        }
        return glyphs;
    }

    @Test
    void glyphsOnOneBaselineFormOneRowWithWordsSpaced() {
        List<Glyph> glyphs = new ArrayList<>(word(72, 100.4f, "Led a team"));
        glyphs.addAll(word(72, 120, "Next"));

        List<Row> rows = PageGeometry.rows(glyphs);

        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().runs()).hasSize(1);
        assertThat(rows.getFirst().text()).isEqualTo("Led a team");
    }

    @Test
    void aWideGapSplitsARowIntoRuns() {
        List<Glyph> glyphs = new ArrayList<>(word(72, 100, "Java"));
        glyphs.addAll(word(300, 100, "Python"));

        Row row = PageGeometry.rows(glyphs).getFirst();

        assertThat(row.runs()).extracting(PageGeometry.Run::x).containsExactly(72f, 300f);
    }

    @Test
    void aSharedEdgeOnManyRowsIsASecondColumn() {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            glyphs.addAll(word(72, 100 + 14 * i, "left text"));
            glyphs.addAll(word(330, 100 + 14 * i, "right text"));
        }

        assertThat(PageGeometry.looksMultiColumn(PageGeometry.rows(glyphs), WIDTH)).isTrue();
    }

    @Test
    void rightAlignedTextHasNoSharedStartAndIsNotAColumn() {
        List<Glyph> glyphs = new ArrayList<>();
        String[] dates = {"2019", "Mar 2019", "March 2019 - Now", "2020 - 2021", "Jan 20", "May 2018 - June 2019"};
        for (int i = 0; i < dates.length; i++) {
            glyphs.addAll(word(72, 100 + 14 * i, "job title"));
            glyphs.addAll(word(540 - 5 * dates[i].length(), 100 + 14 * i, dates[i]));
        }

        assertThat(PageGeometry.looksMultiColumn(PageGeometry.rows(glyphs), WIDTH)).isFalse();
    }

    @Test
    void marginTextsAreNormalisedAndSkipPageNumbers() {
        List<Glyph> glyphs = new ArrayList<>(word(72, 30, "Robin CV 2024"));
        glyphs.addAll(word(280, 770, "Page 2 of 3"));
        glyphs.addAll(word(72, 400, "Body text"));

        assertThat(PageGeometry.marginTexts(PageGeometry.rows(glyphs), HEIGHT)).containsExactly("robin cv #");
    }
}
