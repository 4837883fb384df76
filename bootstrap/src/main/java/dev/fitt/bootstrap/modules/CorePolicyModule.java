package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import dev.fitt.domain.AutosavePolicy;
import java.util.Objects;

/** The core's policies: when the server saves by itself, and how much of a core a save may use. */
public final class CorePolicyModule extends AbstractModule {
    private final AutosavePolicy autosave;
    private final SaveCpuShare saveShare;

    public CorePolicyModule(AutosavePolicy autosave, SaveCpuShare saveShare) {
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.saveShare = Objects.requireNonNull(saveShare, "saveShare");
    }

    @Override
    protected void configure() {
        bind(AutosavePolicy.class).toInstance(autosave);
        bind(SaveCpuShare.class).toInstance(saveShare);
    }
}
