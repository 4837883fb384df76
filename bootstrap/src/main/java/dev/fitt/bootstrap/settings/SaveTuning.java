package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.csv.CsvStoreConfig;

/**
 * When the server saves by itself and how much of a core a save may use.
 *
 * @param autosaveChanges save after this many changes (0: not by count)
 * @param autosaveSeconds save after this many seconds with unsaved changes (0: not by time)
 * @param saveCpuPercent  the share of one core a save may use, so tagging keeps the rest
 */
public record SaveTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent) {
    public static final int DEFAULT_AUTOSAVE_CHANGES = 1_000;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;
    /** The CSV adapter's default, see its SavePacer. */
    public static final int DEFAULT_SAVE_CPU_PERCENT = CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT;

    public SaveTuning {
        SettingsChecks.atLeast("autosave_changes", autosaveChanges, 0);
        SettingsChecks.atLeast("autosave_seconds", autosaveSeconds, 0);
        if (saveCpuPercent < CsvStoreConfig.MIN_SAVE_CPU_PERCENT || saveCpuPercent > 100) {
            throw new IllegalArgumentException("field \"save_cpu_percent\" must be " + CsvStoreConfig.MIN_SAVE_CPU_PERCENT
                    + "..100, got " + saveCpuPercent);
        }
    }

    public static SaveTuning defaults() {
        return new SaveTuning(DEFAULT_AUTOSAVE_CHANGES, DEFAULT_AUTOSAVE_SECONDS, DEFAULT_SAVE_CPU_PERCENT);
    }
}
