package dev.fitt.server.port.in;

import dev.fitt.domain.HourlyActivity;

/** The team's frames per hour over the last day, per annotator, and the dataset's reviewed frames. */
public interface GetHourlyActivityUseCase {
    HourlyActivity hourlyActivity();
}
