package dev.fitt.ports;

/** An image could not be delivered; the message is the reason, fit to show an annotator. */
public class ImageUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageUnavailableException(String message) {
        super(message);
    }

    public ImageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
