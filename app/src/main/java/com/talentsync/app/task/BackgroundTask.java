package com.talentsync.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of work that runs off the FX thread. Its callbacks run on the FX thread when the
 * {@link UiTaskExecutor} runs it, and on the calling thread under a synchronous executor in tests,
 * so view models never call {@code Platform.runLater} themselves.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    /** The work itself; it may throw, and the failure goes to {@link #onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure = failure -> {};
    private Runnable onCancelled = () -> {};
    private boolean showInStatusBar = true;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Quick work (a search, a refresh) need not flash through the status bar. */
    public BackgroundTask<T> quiet() {
        this.showInStatusBar = false;
        return this;
    }

    public String title() {
        return title;
    }

    public boolean showInStatusBar() {
        return showInStatusBar;
    }

    T run(TaskContext context) throws Exception {
        return work.run(context);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    void cancelled() {
        onCancelled.run();
    }
}
