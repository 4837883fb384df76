package dev.fitt.server.port.out;

import java.util.Map;

class InMemoryImageSourceTest extends ImageSourceContract {
    @Override
    protected ImageSourcePort sourceHolding(Map<String, byte[]> images) {
        return new InMemoryImageSource(images);
    }
}
