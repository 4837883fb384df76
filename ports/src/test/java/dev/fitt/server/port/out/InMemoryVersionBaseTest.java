package dev.fitt.server.port.out;

class InMemoryVersionBaseTest extends VersionBaseContract {
    @Override
    protected VersionBasePort newStore() {
        return new InMemoryVersionBase();
    }

    @Override
    protected VersionBasePort reopen(VersionBasePort before) {
        return before;
    }
}
