package dev.fitt.bootstrap.modules;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The share of one core a save may use ({@code save_cpu_percent}), read by the CSV store at each
 * save; an administrator may change it while the server runs. Checked by the settings (10..100).
 */
public final class SaveCpuShare implements IntSupplier {
    private final AtomicInteger percent;

    public SaveCpuShare(int percent) {
        this.percent = new AtomicInteger(percent);
    }

    @Override
    public int getAsInt() {
        return percent.get();
    }

    public void set(int changed) {
        percent.set(changed);
    }
}
