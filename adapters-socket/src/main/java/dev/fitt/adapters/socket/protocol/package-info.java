/**
 * Protocol v1 and its extensions as bytes: the messages and the pure functions that encode and
 * decode them, property-tested against each other. No sockets, no threads.
 *
 * <p>The rooms: {@link dev.fitt.adapters.socket.protocol.Request} and
 * {@link dev.fitt.adapters.socket.protocol.Reply} hold protocol v1, the hello and what every
 * extension shares (the request id, the extension error); v1's bytes are in {@code MessageEncoder},
 * {@code RequestDecoder} and {@code ReplyDecoder}, the extension framing in {@code ExtensionEncoder}
 * and {@code ExtensionDecoder}. Each extension family has three files: its requests
 * ({@code TeamRequest}), its replies ({@code TeamReply}) and its codec ({@code TeamCodec}, an
 * {@code ExtensionFamily}): versioned labels and live changes ({@code Versioned*}, 11-14), clip
 * info ({@code ClipInfo*}, 15-17), datasets ({@code Dataset*}, 18-19), team work ({@code Team*},
 * 1A-1E), administration ({@code Admin*}, 20-24).
 *
 * <p>Where a new message goes: its command byte and name in {@code Wire} (the one table of command
 * bytes, so two families never claim the same one); its record in the family's request or reply
 * interface, validating its fields with {@code Fields}; its bytes, both ways, in the family's codec
 * (claim the byte in {@code carries}); a generator in {@code CodecPropertiesTest} (or the family's
 * own codec test) and an example in {@code ExtensionCodecExamplesTest}; its section in
 * docs/PROTOCOL-EXTENSIONS.md. A new family is three such files, its interface added to
 * {@code Request.Identified}'s and {@code Reply}'s permits lists and its codec to
 * {@code ExtensionFamilies}.
 */
package dev.fitt.adapters.socket.protocol;
