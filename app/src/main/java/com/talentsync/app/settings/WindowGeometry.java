package com.talentsync.app.settings;

/** Where the main window was and how big, in screen coordinates. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 760;
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;
}
