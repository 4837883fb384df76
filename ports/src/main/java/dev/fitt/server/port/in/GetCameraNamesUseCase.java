package dev.fitt.server.port.in;

import java.util.List;

/**
 * The camera (modality) names of every clip, so a client can title each view of a frame. Index =
 * clip index; each list has one name per camera of the clip's frames, in frame order. A clip shown
 * one image per frame has one name, empty when its rows mix cameras.
 */
public interface GetCameraNamesUseCase {
    List<List<String>> cameraNames();
}
