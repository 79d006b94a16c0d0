package com.talentsync.app.gui;

/**
 * Dialogs as a view model may ask for them, without touching nodes: the FX implementation shows
 * real alerts, tests record what was asked and answer as they like.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** @return true when the user confirmed */
    boolean confirm(String title, String message, String confirmLabel);
}
