package dev.fitt.domain;

/** A row's review state: not reviewed, accepted as labelled, or corrected by the reviewer. */
public enum Review {
    NONE(""), ACCEPTED("accepted"), CORRECTED("corrected");

    private final String word;

    Review(String word) {
        this.word = word;
    }

    /** As files and exports write it: empty for not reviewed. */
    public String word() {
        return word;
    }

    public static Review ofWord(String word) {
        for (Review review : values()) {
            if (review.word.equals(word)) {
                return review;
            }
        }
        throw new IllegalArgumentException("review \"" + word + "\" is unknown (empty, accepted or corrected)");
    }
}
