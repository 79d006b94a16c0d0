package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.CandidateStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;

/**
 * The ranking: every column sorts, the status is edited in place. Rows come from the view
 * model's sorted list, whose comparator follows the table's, so the table never copies them;
 * name and file cells follow blind review through the rows' own bindings.
 */
final class CandidateTable extends TableView<CandidateRow> {

    private static final List<String> SCORE_CLASSES = List.of("score-high", "score-mid", "score-low");
    private static final List<String> STATUS_CLASSES =
            List.of(CandidateStatus.values()).stream().map(StatusText::styleClass).toList();

    CandidateTable(ScreeningViewModel viewModel) {
        setId("candidate-table");
        getStyleClass().add("candidate-table");
        setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(comparatorProperty());
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<CandidateRow, Integer> rank = column("#", 44, row -> fixed(row.rank()));
        TableColumn<CandidateRow, Integer> score = column("Score", 64, row -> fixed(row.score()));
        score.setCellFactory(column -> new ScoreCell());
        score.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<CandidateRow, String> name = column("Candidate", 160, CandidateRow::nameBinding);
        name.setId("column-name");
        TableColumn<CandidateRow, String> file = column("File", 150, CandidateRow::fileBinding);
        TableColumn<CandidateRow, String> category = column("Category", 130, row -> fixed(row.category()));
        TableColumn<CandidateRow, Double> years = column("Years", 60, row -> fixed(row.years()));
        years.setCellFactory(column -> new TextCell<>(value -> String.format(Locale.ROOT, "%.1f", value)));
        TableColumn<CandidateRow, List<String>> matched = column("Must-haves", 150, row -> fixed(row.matchedMustHaves()));
        TableColumn<CandidateRow, List<String>> missing = column("Missing", 130, row -> fixed(row.missingMustHaves()));
        for (TableColumn<CandidateRow, List<String>> skills : List.of(matched, missing)) {
            // Fewer or more skills is what a recruiter sorts these by, not their names.
            skills.setComparator(Comparator.comparingInt(List::size));
            skills.setCellFactory(column -> new TextCell<>(values -> String.join(", ", values)));
        }
        missing.getStyleClass().add("missing-column");
        TableColumn<CandidateRow, CandidateStatus> status = column("Status", 120, CandidateRow::statusProperty);
        status.setId("column-status");
        status.setEditable(true);
        status.setCellFactory(column -> new StatusCell());
        status.setOnEditCommit(edit -> viewModel.setStatus(edit.getRowValue(), edit.getNewValue()));
        TableColumn<CandidateRow, String> notes = column("Notes", 160, CandidateRow::notesProperty);
        notes.setCellFactory(column -> new TextCell<>(text -> text.lines().findFirst().orElse("")));

        rank.setMinWidth(40);
        score.setMinWidth(62);
        years.setMinWidth(58);
        status.setMinWidth(110);
        getColumns().setAll(List.of(rank, score, name, file, category, years, matched, missing, status, notes));

        Label empty = new Label();
        empty.setId("candidate-table-empty");
        empty.textProperty().bind(viewModel.emptyMessage());
        empty.setWrapText(true);
        empty.getStyleClass().addAll("text-muted", "empty-state");
        setPlaceholder(empty);

        getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != after) {
                getSelectionModel().select(after);
                scrollTo(after);
            }
        });
    }

    private static <T> ObservableValue<T> fixed(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static <T> TableColumn<CandidateRow, T> column(String title, double width,
            Function<CandidateRow, ObservableValue<T>> value) {
        TableColumn<CandidateRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }

    /** Shows a value as text made by a function; the column still sorts by the value itself. */
    private static class TextCell<T> extends TableCell<CandidateRow, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    private static final class ScoreCell extends TextCell<Integer> {
        ScoreCell() {
            super(String::valueOf);
            getStyleClass().add("score-cell");
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(SCORE_CLASSES);
            if (!empty && item != null) {
                getStyleClass().add(item >= 75 ? "score-high" : item >= 50 ? "score-mid" : "score-low");
            }
        }
    }

    private static final class StatusCell extends ComboBoxTableCell<CandidateRow, CandidateStatus> {
        StatusCell() {
            super(StatusText.INSTANCE, CandidateStatus.values());
            setTooltip(new Tooltip("Click twice to change; Ctrl+S shortlists the selected candidate"));
        }

        @Override
        public void updateItem(CandidateStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(STATUS_CLASSES);
            if (!empty && item != null) {
                getStyleClass().add(StatusText.styleClass(item));
            }
        }
    }
}
