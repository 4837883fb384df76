package dev.fitt.adapters.swing;

/** What a camera view's buttons ask for; the controller turns these into use-case calls. */
interface ViewActions {
    void chooseTag(int camera, int tag);

    void markNone(int camera);

    void activate(int camera);

    void moveEarlier(int camera);

    void moveLater(int camera);

    void refresh(int camera);
}
