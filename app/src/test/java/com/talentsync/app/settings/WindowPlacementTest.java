package com.talentsync.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final WindowPlacement.Area LAPTOP = new WindowPlacement.Area(0, 0, 1920, 1050);
    private static final WindowPlacement.Area RIGHT_MONITOR = new WindowPlacement.Area(1920, 0, 2560, 1400);

    @Test
    void firstStartIsCentredOnThePrimaryScreenAtTheDefaultSize() {
        WindowGeometry placed = WindowPlacement.place(Optional.empty(), List.of(LAPTOP));

        assertThat(placed.width()).isEqualTo(WindowGeometry.DEFAULT_WIDTH);
        assertThat(placed.x()).isEqualTo((1920 - WindowGeometry.DEFAULT_WIDTH) / 2);
        assertThat(placed.y()).isEqualTo((1050 - WindowGeometry.DEFAULT_HEIGHT) / 2);
    }

    @Test
    void aSavedSpotOnAnAttachedMonitorIsKept() {
        WindowGeometry saved = new WindowGeometry(2100, 100, 1200, 800, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackOnThePrimaryScreen() {
        WindowGeometry saved = new WindowGeometry(2100, 100, 1200, 800, true);

        WindowGeometry placed = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP));

        assertThat(placed.x()).isBetween(0.0, 1920.0 - 1200);
        assertThat(placed.y()).isBetween(0.0, 1050.0 - 800);
        assertThat(placed.width()).isEqualTo(1200);
        assertThat(placed.maximized()).isTrue();
    }

    @Test
    void aWindowLargerThanTheScreenShrinksToFitAndStaysOnIt() {
        WindowGeometry saved = new WindowGeometry(100, 50, 2400, 1600, false);

        WindowGeometry placed = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP));

        assertThat(placed.width()).isEqualTo(1920);
        assertThat(placed.height()).isEqualTo(1050);
        assertThat(placed.x()).isZero();
        assertThat(placed.y()).isZero();
    }
}
