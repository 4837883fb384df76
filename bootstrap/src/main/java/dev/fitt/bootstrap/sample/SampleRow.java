package dev.fitt.bootstrap.sample;

/** One data row of the sample: which clip, camera and frame it shows. */
record SampleRow(int index, int clipId, String camera, int frame) {
}
