package org.customsrisk.contracts;

/** The control channel (lane) of a declaration, from the strictest to none. */
public enum Channel {
    /** Physical inspection of the goods. */
    RED,
    /** Documentary check. */
    YELLOW,
    /** Release now, post-clearance audit later. */
    BLUE,
    /** Release. */
    GREEN
}
