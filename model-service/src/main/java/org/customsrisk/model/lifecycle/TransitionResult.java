package org.customsrisk.model.lifecycle;

import org.customsrisk.model.registry.VersionView;

/** A transition done: the version, the former PRODUCTION version it archived, and whether model.promoted was confirmed. */
public record TransitionResult(VersionView version, Integer archivedVersion, boolean eventPublished) {
}
