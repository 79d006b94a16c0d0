package com.talentsync.app.gui;

import java.util.ArrayList;
import java.util.List;

/** Remembers what a view model asked to show, and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {}

    @Override
    public synchronized boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return answer;
    }
}
