package dev.fitt.server.port.out;

class InMemoryAssignmentStoreTest extends AssignmentStoreContract {
    @Override
    protected AssignmentStorePort newStore() {
        return new InMemoryAssignmentStore();
    }

    @Override
    protected AssignmentStorePort reopen(AssignmentStorePort before) {
        return before;
    }
}
