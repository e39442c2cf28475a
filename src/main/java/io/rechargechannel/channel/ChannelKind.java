package io.rechargechannel.channel;

/** Which kind of store a channel connects. */
public enum ChannelKind {
    RECHARGE
}
