package dev.fitt.bootstrap;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.domain.AnnotatorAssignment;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.DatasetAssignments;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fitt admin assign}, {@code unassign} and {@code assignments}: a lead splits a dataset's
 * clips among the team and follows each annotator's progress (issue 15). The clips are checked for
 * form here, before anything is sent; whether the dataset has them, the server says.
 */
final class AssignmentCommands {
    private static final String CLIPS_HELP = "Clip numbers as the client shows them (\"Clip c / C\"), 1-based,"
            + " with ranges: 1-50,60,70-80.";
    private static final String IDS_HELP = "Clip ids (the data CSV's clip_id), comma separated.";
    private static final String DATASET_HELP = "The dataset (default: the server's default dataset).";

    private AssignmentCommands() {
    }

    /** The clips named by {@code --clips} and {@code --clip-ids}; empty when neither was given. */
    private static Optional<ClipSelection> selection(String clips, String clipIds) {
        List<ClipSelection.Range> numbers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (clips != null) {
            try {
                numbers.addAll(ClipSelection.parseNumbers(clips));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--clips " + clips + ": " + e.getMessage(), e);
            }
        }
        if (clipIds != null) {
            try {
                ids.addAll(ClipSelection.parseIds(clipIds));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--clip-ids " + clipIds + ": " + e.getMessage(), e);
            }
        }
        return clips == null && clipIds == null ? Optional.empty() : Optional.of(new ClipSelection(numbers, ids));
    }

    /** Sends a change of assignments and reports it: refused (exit 2) or not written (exit 1) changes nothing. */
    private interface Change {
        String send(ServerAdminPort server) throws ServerUnreachableException, AdminRefusedException,
                AssignmentRefusedException, SaveFailedException;
    }

    private static int change(AdminCommand admin, Change change) {
        return admin.run((server, out, err) -> {
            try {
                out.println(change.send(server));
                out.flush();
                return ExitCodes.OK;
            } catch (AssignmentRefusedException e) {
                err.println("fitt admin: refused: " + e.getMessage());
                return ExitCodes.BAD_SETTINGS_OR_USAGE;
            } catch (SaveFailedException e) {
                err.println("fitt admin: not changed: " + e.getMessage());
                return ExitCodes.RUNTIME_FAILURE;
            }
        });
    }

    private static int usage(PrintWriter err, String message) {
        err.println("fitt admin: " + message);
        return ExitCodes.BAD_SETTINGS_OR_USAGE;
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = {"Give an annotator clips to work on: their client walks those by default.",
                "Stored with the dataset; a clip has one annotator at a time."})
    static final class Assign implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Option(names = "--annotator", required = true, paramLabel = "NAME",
                description = "The annotator, as named in their client (\"annotator\" in client_setting.json).")
        private String annotator;

        @Option(names = "--clips", paramLabel = "CLIPS", description = CLIPS_HELP)
        private String clips;

        @Option(names = "--clip-ids", paramLabel = "IDS", description = IDS_HELP)
        private String clipIds;

        @Option(names = "--dataset", paramLabel = "NAME", description = DATASET_HELP)
        private String dataset = "";

        @Option(names = "--reassign", description = "Move clips another annotator holds (else they are refused).")
        private boolean reassign;

        @Override
        public Integer call() {
            PrintWriter err = admin.err();
            Optional<ClipSelection> selection;
            try {
                selection = selection(clips, clipIds);
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
            if (selection.isEmpty()) {
                return usage(err, "say which clips: --clips 1-50 or --clip-ids walk_0042,walk_0043");
            }
            return change(admin, server -> server.assign(dataset, annotator, selection.get(), reassign));
        }
    }

    @Command(name = "unassign", mixinStandardHelpOptions = true,
            description = "Take clips back from an annotator: the ones named, or without --clips/--clip-ids all.")
    static final class Unassign implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Option(names = "--annotator", required = true, paramLabel = "NAME", description = "The annotator.")
        private String annotator;

        @Option(names = "--clips", paramLabel = "CLIPS", description = CLIPS_HELP)
        private String clips;

        @Option(names = "--clip-ids", paramLabel = "IDS", description = IDS_HELP)
        private String clipIds;

        @Option(names = "--dataset", paramLabel = "NAME", description = DATASET_HELP)
        private String dataset = "";

        @Override
        public Integer call() {
            Optional<ClipSelection> selection;
            try {
                selection = selection(clips, clipIds);
            } catch (IllegalArgumentException e) {
                return usage(admin.err(), e.getMessage());
            }
            return change(admin, server -> server.unassign(dataset, annotator, selection));
        }
    }

    @Command(name = "assignments", mixinStandardHelpOptions = true,
            description = "Who works on which clips of a dataset, their frames and how many of those are labelled.")
    static final class Assignments implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Option(names = "--dataset", paramLabel = "NAME", description = DATASET_HELP)
        private String dataset = "";

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                ServerAdminPort.Assignments answer = server.assignments(dataset);
                DatasetAssignments all = answer.assignments();
                out.println("dataset: " + answer.dataset() + " (" + all.clipCount() + " clips)");
                if (all.annotators().isEmpty()) {
                    out.println("no clips are assigned: every annotator works on every clip");
                    out.flush();
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("annotator", "clips", "frames>", "labelled frames>", "done>");
                for (AnnotatorAssignment a : all.annotators()) {
                    table.row(a.annotator(), ClipSelection.describe(a.clips()), a.frames(), a.labelledFrames(),
                            a.frames() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%",
                                    100.0 * a.labelledFrames() / a.frames()));
                }
                out.print(table.text());
                out.println("unassigned: " + all.unassignedClips() + " of " + all.clipCount() + " clips");
                out.flush();
                return ExitCodes.OK;
            });
        }
    }
}
