package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import dev.fitt.domain.AutosavePolicy;
import java.util.Objects;

/** The core's policies: when the server saves by itself. */
public final class CorePolicyModule extends AbstractModule {
    private final AutosavePolicy autosave;

    public CorePolicyModule(AutosavePolicy autosave) {
        this.autosave = Objects.requireNonNull(autosave, "autosave");
    }

    @Override
    protected void configure() {
        bind(AutosavePolicy.class).toInstance(autosave);
    }
}
