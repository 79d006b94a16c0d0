package com.talentsync.app.gui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shell: sidebar of areas, the open area in the middle, the status bar below. Each area's
 * view is built the first time it is opened and then reused, so listeners are never stacked.
 */
public final class MainWindow extends BorderPane {

    private final MainWindowViewModel viewModel;
    private final Function<Area, Supplier<Node>> viewFactory;
    private final Map<Area, Node> builtViews = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final StackPane content = new StackPane();

    /**
     * @param viewFactory the view for an area, or null for one that is not built yet (shows a
     *     placeholder)
     */
    public MainWindow(MainWindowViewModel viewModel, Function<Area, Supplier<Node>> viewFactory) {
        this.viewModel = viewModel;
        this.viewFactory = viewFactory;
        setId("main-window");
        setLeft(buildSidebar());
        content.setId("area-content");
        setCenter(content);
        setBottom(new StatusBar(viewModel.runningTasks(), viewModel.statusNote()));
        viewModel.selectedAreaProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.selectedAreaProperty().get());
    }

    /** Ctrl+1..8 open the areas from anywhere in the window. */
    public void installShortcuts(Scene scene) {
        for (Area area : Area.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(area.shortcutDigit(), KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.open(area));
        }
    }

    private VBox buildSidebar() {
        Label name = new Label("TalentSync");
        name.getStyleClass().add("app-name");
        VBox sidebar = new VBox(name);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("sidebar");
        ToggleGroup group = new ToggleGroup();
        // Clicking the open area again would leave no area selected; keep it selected instead.
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null && before != null) {
                before.setSelected(true);
            }
        });
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(area.title());
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(area.purpose() + "  (Ctrl+" + (area.ordinal() + 1) + ")"));
            button.setOnAction(event -> viewModel.open(area));
            buttons.put(area, button);
            sidebar.getChildren().add(button);
        }
        return sidebar;
    }

    private void show(Area area) {
        buttons.get(area).setSelected(true);
        Node view = builtViews.computeIfAbsent(area, this::build);
        content.getChildren().setAll(view);
    }

    private Node build(Area area) {
        Supplier<Node> factory = viewFactory.apply(area);
        return factory == null ? new PlaceholderView(area) : factory.get();
    }

    /** The view currently shown, for tests and screenshots. */
    public Node currentView() {
        return content.getChildren().isEmpty() ? null : content.getChildren().getFirst();
    }
}
