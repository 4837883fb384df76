package dev.fitt.bootstrap.server;

import dev.fitt.ports.DatasetLoadException;

/** What a server serves: one data file's core, or a folder's datasets. Started explicitly, as the core. */
interface ServedData {
    RunningData start() throws DatasetLoadException;
}
