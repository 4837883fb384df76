package dev.fitt.server.service;

/** Something done with a loaded dataset's core while it is held loaded (an administrator's stats or save). */
@FunctionalInterface
interface CoreAction<T, E extends Exception> {
    T apply(ServerCore core) throws E;
}
