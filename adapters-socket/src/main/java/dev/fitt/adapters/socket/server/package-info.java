/**
 * The TCP server: accepts connections, decodes each request, asks the core's use cases and writes
 * the reply; fences against hostile or slow clients. Its one public entry is
 * {@link dev.fitt.adapters.socket.server.TcpServer#start}.
 */
package dev.fitt.adapters.socket.server;
