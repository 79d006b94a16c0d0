package com.talentsync.app.gui.shell;

import com.talentsync.app.task.TaskHandle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/** The shell's state: which area is open and which background tasks are running. */
public final class MainWindowViewModel {

    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(Area.RESUMES);
    private final ObservableList<TaskHandle> runningTasks;
    private final String statusNote;

    /** @param statusNote a short fact for the status bar, e.g. where the data lives */
    public MainWindowViewModel(ObservableList<TaskHandle> runningTasks, String statusNote) {
        this.runningTasks = runningTasks;
        this.statusNote = statusNote;
    }

    public ObjectProperty<Area> selectedAreaProperty() {
        return selectedArea;
    }

    public ObservableList<TaskHandle> runningTasks() {
        return runningTasks;
    }

    public String statusNote() {
        return statusNote;
    }

    /** Opens an area, ignoring nulls so a deselected toggle never leaves the window empty. */
    public void open(Area area) {
        if (area != null) {
            selectedArea.set(area);
        }
    }
}
