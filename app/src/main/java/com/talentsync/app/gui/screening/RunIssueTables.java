package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The last run's files that failed, and its duplicates, as tables (already masked in blind review). */
final class RunIssueTables {

    private RunIssueTables() {}

    static TableView<FailedFile> failures(ObservableList<FailedFile> failures) {
        TableView<FailedFile> table = table("failure-table", failures,
                "No file failed in the last screening. Files that cannot be read are listed here with the reason.");
        table.getColumns().add(column("File", 260, FailedFile::file));
        table.getColumns().add(column("Why it was not screened", 520, FailedFile::error));
        return table;
    }

    static TableView<DuplicateGroup> duplicates(ObservableList<DuplicateGroup> duplicates) {
        TableView<DuplicateGroup> table = table("duplicate-table", duplicates,
                "No duplicates in the last screening. Resumes with the same bytes or near-identical text are grouped here.");
        table.getColumns().add(column("Ranked", 220, DuplicateGroup::kept));
        table.getColumns().add(column("Set aside", 380, group -> String.join(", ", group.duplicates())));
        table.getColumns().add(column("Why", 170,
                group -> group.identical() ? "Same file" : "Near-identical text"));
        return table;
    }

    private static <T> TableView<T> table(String id, ObservableList<T> items, String emptyText) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(emptyText);
        empty.setWrapText(true);
        empty.getStyleClass().addAll("text-muted", "empty-state");
        table.setPlaceholder(empty);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
