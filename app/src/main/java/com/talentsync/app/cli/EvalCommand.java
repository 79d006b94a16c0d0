package com.talentsync.app.cli;

import picocli.CommandLine.Command;

/** {@code talentsync eval ...}: measures a capability on labelled data the user provides. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure how well TalentSync does on your labelled data.",
        subcommands = {EvalClassifyCommand.class, EvalRankCommand.class, EvalSpeechCommand.class})
final class EvalCommand extends Subcommand {

    @Override
    public Integer call() {
        err().println("talentsync eval: missing command: classify CSV, extract FILE, rank --jobs DIR CSV, or speech DIR");
        err().println("Try 'talentsync eval --help'.");
        return ExitCodes.USAGE;
    }
}
