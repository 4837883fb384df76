/**
 * Protocol v1 and its extensions as bytes: the messages ({@link dev.fitt.adapters.socket.protocol.Request},
 * {@link dev.fitt.adapters.socket.protocol.Reply}) and the pure functions that encode and decode
 * them, property-tested against each other. No sockets, no threads.
 */
package dev.fitt.adapters.socket.protocol;
