package dev.fitt.ports.out;

import java.util.Map;

class InMemoryImageSourceTest extends ImageSourceContract {
    @Override
    protected ImageSourcePort sourceHolding(Map<String, byte[]> images) {
        return new InMemoryImageSource(images);
    }
}
