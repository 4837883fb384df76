/**
 * The client side: the client's {@code TaggingServerPort} over TCP (a gateway to a fitt or original
 * server), its connection and the replies it waits for. Its one public entry is
 * {@link dev.fitt.adapters.socket.client.TcpClient#connect}.
 */
package dev.fitt.adapters.socket.client;
