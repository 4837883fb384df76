package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;

/**
 * One family of extension messages as bytes, both ways: the body inside the framing
 * ({@code FF cmd len:u32 body}) that {@link ExtensionEncoder} and {@link ExtensionDecoder} give
 * every extension. A message added to a family changes only that family's files.
 */
interface ExtensionFamily {
    /** Whether {@code command} is one of this family's messages. */
    boolean carries(byte command);

    /** Whether a failed request of {@code command} is answered with {@link Reply.ExtensionError}. */
    boolean answersWithExtensionError(byte command);

    /** The request in {@code body}; the caller checks that nothing is left over. */
    Request request(byte command, ExtensionBody body) throws ProtocolException;

    /** The reply in {@code body}; the caller checks that nothing is left over. */
    Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException;

    /** The whole message, framing included, sized exactly up front. */
    ByteBuffer encode(Request request);

    ByteBuffer encode(Reply reply);
}
