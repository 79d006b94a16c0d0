package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/jane");

    @Test
    void commandLineOverrideWinsOverEverything() {
        Path resolved = DataFolder.resolve(Optional.of(Path.of("/data/ts/../custom")),
                Map.of("TALENTSYNC_HOME", "/env/home", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/custom"));
    }

    @Test
    void relativeOverrideIsMadeAbsolute() {
        Path resolved = DataFolder.resolve(Optional.of(Path.of("rel")), Map.of(), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("rel").toAbsolutePath());
    }

    @Test
    void talentsyncHomeWinsOverTheOsFolder() {
        Path resolved = DataFolder.resolve(Optional.empty(),
                Map.of("TALENTSYNC_HOME", "/env/home", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void blankTalentsyncHomeIsIgnored() {
        Path resolved = DataFolder.resolve(Optional.empty(), Map.of("TALENTSYNC_HOME", "  "), "Linux", HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local/share/talentsync"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Path resolved = DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/xdg/talentsync"));
    }

    @Test
    void linuxIgnoresRelativeXdgDataHome() {
        Path resolved = DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "xdg"), "Linux", HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local/share/talentsync"));
    }

    @Test
    void linuxDefaultsToLocalShare() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/talentsync"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/TalentSync"));
    }

    @Test
    void windowsUsesAppDataOrItsUsualPlace() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/TalentSync"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Windows 11", HOME))
                .isEqualTo(HOME.resolve("AppData/Roaming/TalentSync"));
    }
}
