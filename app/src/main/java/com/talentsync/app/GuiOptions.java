package com.talentsync.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the window should run.
 *
 * @param smokeTest      open the database, build the main window, exit 0 (packaging check)
 * @param screenshot     render the main window to this PNG once the library is loaded, then exit
 * @param measureStartup print time to first frame and idle memory, then exit
 */
public record GuiOptions(AppServices services, boolean smokeTest, Optional<Path> screenshot, boolean measureStartup) {

    public boolean exitsByItself() {
        return smokeTest || screenshot.isPresent() || measureStartup;
    }
}
