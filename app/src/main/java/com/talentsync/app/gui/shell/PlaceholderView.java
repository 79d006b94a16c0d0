package com.talentsync.app.gui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for an area that is not built yet, and says so plainly. */
final class PlaceholderView extends VBox {

    PlaceholderView(Area area) {
        super(10);
        setAlignment(Pos.CENTER);
        getStyleClass().add("placeholder-view");
        Label title = new Label(area.title());
        title.getStyleClass().add("title-2");
        Label purpose = new Label(area.purpose());
        purpose.setWrapText(true);
        purpose.setMaxWidth(460);
        Label status = new Label("Not built yet: this area arrives in a coming version.");
        status.getStyleClass().add("text-muted");
        getChildren().addAll(title, purpose, status);
        setId("placeholder-" + area.name().toLowerCase(java.util.Locale.ROOT));
    }
}
