package io.rechargechannel.channel;

/** How the channel settings read free text: surrounding blanks go, an empty text is no value. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The patch's value when it names one (an empty text clears), else the current value. */
    static String patched(String current, String patch) {
        return patch == null ? current : clean(patch);
    }

    static <T> T patched(T current, T patch) {
        return patch == null ? current : patch;
    }
}
