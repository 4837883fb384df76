package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The bytes of {@link DatasetRequest} and {@link DatasetReply} ({@code 18}, {@code 19}). */
final class DatasetCodec implements ExtensionFamily {
    @Override
    public boolean carries(byte command) {
        return command == Wire.LIST_DATASETS || command == Wire.SELECT_DATASET;
    }

    @Override
    public boolean answersWithExtensionError(byte command) {
        return true;
    }

    @Override
    public Request request(byte command, ExtensionBody body) throws ProtocolException {
        return command == Wire.LIST_DATASETS ? new DatasetRequest.ListDatasets(body.u32())
                : new DatasetRequest.SelectDataset(body.u32(), body.string());
    }

    @Override
    public Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        return ExtensionDecoder.identified(command, body,
                id -> command == Wire.LIST_DATASETS ? datasets(id, body) : new DatasetReply.DatasetSelected(id));
    }

    /** The count is checked against the bytes left (each entry takes at least its fixed fields) before allocating. */
    private static Reply datasets(long id, ExtensionBody body) throws ProtocolException {
        String selected = body.string();
        String defaultDataset = body.string();
        int count = body.u16();
        body.need((2 + 1 + 16 + 2) * (long) count, count + " datasets");
        List<DatasetReply.DatasetEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new DatasetReply.DatasetEntry(body.string(), body.u8(), body.u32(), body.u32(), body.u32(),
                    body.u32(), body.string()));
        }
        return new DatasetReply.Datasets(id, selected, defaultDataset, entries);
    }

    @Override
    public ByteBuffer encode(Request request) {
        if (request instanceof DatasetRequest.SelectDataset select) {
            return ExtensionEncoder.idAndString(Wire.SELECT_DATASET, select.id(), select.name());
        }
        return ExtensionEncoder.idOnly((DatasetRequest) request);
    }

    @Override
    public ByteBuffer encode(Reply reply) {
        if (reply instanceof DatasetReply.Datasets datasets) {
            return datasets(datasets);
        }
        if (reply instanceof DatasetReply.DatasetSelected selected) {
            return ExtensionEncoder.done(Wire.SELECT_DATASET, selected.id());
        }
        throw new IllegalArgumentException("no dataset encoding for " + reply);
    }

    private static ByteBuffer datasets(DatasetReply.Datasets reply) {
        byte[] selected = Utf8.encode(reply.selected());
        byte[] defaultName = Utf8.encode(reply.defaultDataset());
        List<byte[]> names = reply.datasets().stream().map(d -> Utf8.encode(d.name())).toList();
        List<byte[]> problems = reply.datasets().stream().map(d -> Utf8.encode(d.problem())).toList();
        long size = 4 + 1 + 2 + selected.length + 2 + defaultName.length + 2;
        for (int i = 0; i < names.size(); i++) {
            size += 2 + names.get(i).length + 1 + 16 + 2 + problems.get(i).length;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.LIST_DATASETS, Math.toIntExact(size)).putInt((int) reply.id())
                .put(Wire.OK).putShort((short) selected.length).put(selected)
                .putShort((short) defaultName.length).put(defaultName).putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            DatasetReply.DatasetEntry entry = reply.datasets().get(i);
            out.putShort((short) names.get(i).length).put(names.get(i)).put((byte) entry.state())
                    .putInt((int) entry.rows()).putInt((int) entry.clips()).putInt((int) entry.frames())
                    .putInt((int) entry.labelledFrames()).putShort((short) problems.get(i).length).put(problems.get(i));
        }
        return out.flip();
    }
}
