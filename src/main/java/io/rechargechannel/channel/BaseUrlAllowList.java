package io.rechargechannel.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ReCharge base URLs a channel may point at, so that a channel's token is only ever sent to a
 * known host. Matching is on the parsed URI: same scheme and host, the entry's port when it names one
 * (any port otherwise), and the entry's path as a whole-segment prefix.
 */
public final class BaseUrlAllowList {

    private final List<Entry> entries;

    private BaseUrlAllowList(List<Entry> entries) {
        this.entries = entries;
    }

    public static BaseUrlAllowList of(List<String> allowed) {
        return new BaseUrlAllowList(allowed.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(BaseUrlAllowList::entry).toList());
    }

    /** The URL, normalised (no trailing slash), when it is well formed and allowed. */
    public Optional<URI> check(String candidate) {
        return parse(candidate).filter(uri -> entries.stream().anyMatch(entry -> entry.matches(uri)));
    }

    public boolean allows(String candidate) {
        return check(candidate).isPresent();
    }

    @Override
    public String toString() {
        return entries.stream().map(Entry::text).toList().toString();
    }

    private static Entry entry(String text) {
        URI uri = parse(text).orElseThrow(() ->
                new IllegalArgumentException("recharge.allowed-base-urls has an invalid entry: " + text));
        return new Entry(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT),
                uri.getPort(), uri.getRawPath(), text);
    }

    private static Optional<URI> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip()).normalize();
            return isPlainHttpBase(uri) ? Optional.of(withoutTrailingSlash(uri)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isPlainHttpBase(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http"))
                && uri.getHost() != null
                && uri.getRawUserInfo() == null
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && !uri.getRawPath().contains("..")
                && !uri.getRawPath().contains("%");
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private record Entry(String scheme, String host, int port, String path, String text) {

        boolean matches(URI uri) {
            return scheme.equalsIgnoreCase(uri.getScheme())
                    && host.equalsIgnoreCase(uri.getHost())
                    && (port == -1 || port == effectivePort(uri))
                    && pathIsUnder(uri.getRawPath());
        }

        private boolean pathIsUnder(String candidate) {
            return path.isEmpty() || path.equals(candidate) || candidate.startsWith(path + "/");
        }

        private static int effectivePort(URI uri) {
            if (uri.getPort() != -1) {
                return uri.getPort();
            }
            return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        }
    }
}
