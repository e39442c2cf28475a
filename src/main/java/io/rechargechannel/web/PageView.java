package io.rechargechannel.web;

import java.util.List;

/** One page of a listing: the items, where it stands, and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
