package dev.fitt.adapters.socket.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Administration ({@code 20}-{@code 24}, capability {@link Wire#ADMIN_CAPABILITY}): only an
 * administrator's connection gets these. Their bytes: {@link AdminCodec}.
 */
public sealed interface AdminReply extends Reply {
    /**
     * {@code FF cmd len req status message}: the answer to an admin authorise ({@code 20}: {@code 00}
     * ok, {@code 03} refused) or save ({@code 23}), and the error reply ({@code 01}) of admin
     * settings ({@code 21}) and stats ({@code 24}).
     */
    record AdminDone(byte command, long id, byte status, String message) implements AdminReply, Reply.Identified {
        public AdminDone {
            if (command != Wire.ADMIN_AUTHORISE && command != Wire.ADMIN_SAVE && command != Wire.ADMIN_SETTINGS
                    && command != Wire.ADMIN_STATS) {
                throw new IllegalArgumentException("command " + command + " has no admin outcome reply");
            }
            boolean settingsOrStats = command == Wire.ADMIN_SETTINGS || command == Wire.ADMIN_STATS;
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.REFUSED
                    || settingsOrStats && status != Wire.ERROR
                    || status == Wire.REFUSED && command != Wire.ADMIN_AUTHORISE) {
                throw new IllegalArgumentException("an " + Wire.commandName(command) + " reply of this shape cannot"
                        + " have status " + status);
            }
            Fields.requestId(id);
            Fields.string(message, "admin message");
        }

        public boolean ok() {
            return status == Wire.OK;
        }
    }

    /**
     * {@code FF 22 len req status written message}: a setting changed ({@code 00}) or refused
     * ({@code 01}, the message says why); {@code written} says whether the settings file holds it.
     */
    record AdminSetOutcome(long id, byte status, boolean written, String message)
            implements AdminReply, Reply.Identified {
        public AdminSetOutcome {
            if (status != Wire.OK && status != Wire.ERROR) {
                throw new IllegalArgumentException("an admin set reply has status 00 or 01, not " + status);
            }
            Fields.requestId(id);
            Fields.string(message, "admin message");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SET;
        }
    }

    /** One setting in an admin settings reply: secrets come as "(set)", never their value. */
    record AdminSetting(String name, String value, boolean live) {
        public AdminSetting {
            Fields.string(name, "setting name");
            Fields.string(value, "setting value");
        }
    }

    /** {@code FF 21 len req 00 count (name value live)...}: every setting and whether it may change live. */
    record AdminSettingList(long id, List<AdminSetting> settings) implements AdminReply, Reply.Identified {
        public AdminSettingList {
            Fields.requestId(id);
            settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
            Fields.u16(settings.size(), "setting count");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SETTINGS;
        }
    }

    /**
     * One dataset in an admin stats reply: the catalog's entry for it (as in a list datasets reply)
     * and this run's changes and saves, 0 while it is not loaded (the server does not load a
     * dataset to count it).
     */
    record AdminDataset(DatasetReply.DatasetEntry dataset, long changes, long unsavedChanges, long saves) {
        public AdminDataset {
            Objects.requireNonNull(dataset, "dataset");
            Fields.u64(changes, "changes");
            Fields.u64(unsavedChanges, "unsaved changes");
            Fields.u32(saves, "saves");
        }

        public String name() {
            return dataset.name();
        }
    }

    /** {@code FF 24 len req 00 connections count dataset...}: how the server is doing. */
    record AdminStatsReply(long id, long connections, List<AdminDataset> datasets)
            implements AdminReply, Reply.Identified {
        public AdminStatsReply {
            Fields.requestId(id);
            Fields.u32(connections, "connections");
            datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
            Fields.u16(datasets.size(), "dataset count");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_STATS;
        }
    }
}
