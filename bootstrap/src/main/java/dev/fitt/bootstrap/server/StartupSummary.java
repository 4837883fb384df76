package dev.fitt.bootstrap.server;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Dataset;
import dev.fitt.domain.Tag;
import dev.fitt.server.port.out.StoredDataset;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the server tells its operator once it is ready: data, tags, where saves go, where to connect. */
public record StartupSummary(String text) {

    static StartupSummary of(StoredDataset stored, Dataset dataset, InetSocketAddress address, long startMillis) {
        // The core already knows each clip's cameras: no need to walk a million rows at start-up.
        Set<String> cameras = new LinkedHashSet<>();
        dataset.cameraNames().forEach(cameras::addAll);
        int frames = dataset.clips().stream().mapToInt(Clip::frameCount).sum();
        int widest = dataset.clips().stream().mapToInt(Clip::cameras).max().orElse(1);
        String tags = dataset.tags().tags().stream().map(StartupSummary::describe)
                .collect(Collectors.joining(", "));
        String cameraNames = cameras.stream().map(c -> c.isEmpty() ? "(no modality, or mixed within a clip)" : c)
                .collect(Collectors.joining(", "));
        return new StartupSummary(String.format(
                "fitt server ready in %d ms%n"
                        + "  data:    %s%n"
                        + "  rows:    %,d in %,d clips (%,d frames, up to %d cameras per frame)%n"
                        + "  cameras: %s%n"
                        + "  tags:    %s%n"
                        + "  saves:   %s%n"
                        + "  listen:  %s:%d",
                startMillis, stored.source(), dataset.size(), dataset.clips().size(), frames, widest, cameraNames,
                tags, stored.target(), address.getHostString(), address.getPort()));
    }

    /** A folder of datasets: none is loaded yet, so the summary names them and where they save. */
    static StartupSummary ofFolder(Path folder, List<String> names, String defaultDataset, Path saves, Duration idle,
            InetSocketAddress address, long startMillis) {
        return new StartupSummary(String.format(
                "fitt server ready in %d ms%n"
                        + "  data:     %s (%d datasets, each loaded when a client first asks for it)%n"
                        + "  datasets: %s%n"
                        + "  default:  %s%n"
                        + "  saves:    %s (<dataset>__labelled__.csv; unloaded after %s idle)%n"
                        + "  listen:   %s:%d",
                startMillis, folder, names.size(), String.join(", ", names), defaultDataset, saves,
                idle.toString().substring(2).toLowerCase(java.util.Locale.ROOT), address.getHostString(),
                address.getPort()));
    }

    private static String describe(Tag tag) {
        return tag.code() + "=" + tag.alias();
    }
}
