package com.talentsync.app.cli;

import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.store.DatabaseInUseException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What every subcommand shares: the root's services and the command line's streams. */
abstract class Subcommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    private TalentSyncCommand root;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    protected TalentSyncCommand root() {
        return root;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Opens the library, or says on stderr why it cannot be opened and returns empty. */
    protected Optional<ResumeLibrary> openLibrary() {
        try {
            return Optional.of(root.services().resumeLibrary());
        } catch (DatabaseInUseException inUse) {
            err().println("talentsync: " + inUse.getMessage());
            return Optional.empty();
        }
    }
}
