package com.talentsync.app.settings;

import java.util.List;
import java.util.Optional;

/**
 * Decides where the main window opens, so a window saved on a monitor that is gone (or a
 * resolution that shrank) comes back fully reachable instead of off-screen.
 */
public final class WindowPlacement {

    /** A screen's usable area (without panels and docks), in screen coordinates. */
    public record Area(double x, double y, double width, double height) {
        boolean containsPoint(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** How much of the title bar must be on a screen for the saved spot to count as reachable. */
    private static final double GRAB_MARGIN = 48;

    private WindowPlacement() {}

    /**
     * @param saved   the geometry from the last run, if any
     * @param screens usable areas of the screens now attached; the first is the primary
     * @return the geometry to apply; centred on the primary screen when the saved spot is unusable
     */
    public static WindowGeometry place(Optional<WindowGeometry> saved, List<Area> screens) {
        if (screens.isEmpty()) {
            return saved.orElse(new WindowGeometry(0, 0, WindowGeometry.DEFAULT_WIDTH, WindowGeometry.DEFAULT_HEIGHT, false));
        }
        Area primary = screens.getFirst();
        if (saved.isPresent()) {
            WindowGeometry geometry = saved.get();
            Optional<Area> home = screens.stream()
                    .filter(area -> area.containsPoint(geometry.x() + GRAB_MARGIN, geometry.y() + GRAB_MARGIN / 2)
                            || area.containsPoint(geometry.x() + geometry.width() - GRAB_MARGIN, geometry.y() + GRAB_MARGIN / 2))
                    .findFirst();
            if (home.isPresent()) {
                return fitInside(geometry, home.get());
            }
            return centred(primary, geometry.width(), geometry.height(), geometry.maximized());
        }
        return centred(primary, WindowGeometry.DEFAULT_WIDTH, WindowGeometry.DEFAULT_HEIGHT, false);
    }

    private static WindowGeometry fitInside(WindowGeometry geometry, Area area) {
        double width = Math.clamp(geometry.width(), Math.min(WindowGeometry.MIN_WIDTH, area.width()), area.width());
        double height = Math.clamp(geometry.height(), Math.min(WindowGeometry.MIN_HEIGHT, area.height()), area.height());
        double x = Math.clamp(geometry.x(), area.x(), area.x() + area.width() - width);
        double y = Math.clamp(geometry.y(), area.y(), area.y() + area.height() - height);
        return new WindowGeometry(x, y, width, height, geometry.maximized());
    }

    private static WindowGeometry centred(Area area, double wantedWidth, double wantedHeight, boolean maximized) {
        double width = Math.min(wantedWidth, area.width());
        double height = Math.min(wantedHeight, area.height());
        double x = area.x() + (area.width() - width) / 2;
        double y = area.y() + (area.height() - height) / 2;
        return new WindowGeometry(x, y, width, height, maximized);
    }
}
