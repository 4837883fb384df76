package dev.fitt.bootstrap.client;

import dev.fitt.client.port.out.TaggingServerPort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The server as each labelling session sees it when the client may switch datasets: a session
 * that ends (to open another dataset) closes its server, and must not close the connection the
 * next session goes on with; whoever opened the server closes it once the client is done. A proxy
 * rather than a class forwarding each method, so that a method added to the port later is
 * forwarded too instead of falling back to its "not offered" default.
 */
public final class SharedServer {
    private SharedServer() {
    }

    public static TaggingServerPort keptOpen(TaggingServerPort server) {
        return (TaggingServerPort) Proxy.newProxyInstance(TaggingServerPort.class.getClassLoader(),
                new Class<?>[] {TaggingServerPort.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "kept open: " + server;
                        };
                    }
                    try {
                        return method.invoke(server, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
