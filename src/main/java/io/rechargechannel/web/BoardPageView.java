package io.rechargechannel.web;

import io.rechargechannel.orders.OrderBoard;

import java.util.List;

/** One page of the board: its orders, where it stands, how many match in all, and the tabs' counts. */
public record BoardPageView(List<BoardItemView> items, int page, int size, long total, BoardCountsView counts) {

    static BoardPageView of(OrderBoard.Board board) {
        return new BoardPageView(board.rows().stream().map(BoardItemView::of).toList(), board.query().page(),
                board.query().size(), board.total(), BoardCountsView.of(board.counts()));
    }
}
