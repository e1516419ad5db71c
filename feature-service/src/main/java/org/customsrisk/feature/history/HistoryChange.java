package org.customsrisk.feature.history;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.PriceKind;

/** The profiles, price groups and importers of a tenant whose history a committed transaction changed. */
public record HistoryChange(String tenant, Set<Profile> profiles, Set<PriceGroup> priceGroups, Set<String> importers) {

    public record Profile(EntityKind kind, String key) {
    }

    public record PriceGroup(PriceKind kind, String key) {
    }

    public static HistoryChange none(String tenant) {
        return new HistoryChange(tenant, Set.of(), Set.of(), Set.of());
    }

    public static HistoryChange ofLabels(String tenant, Collection<HistoryFacts.LabelFact> facts) {
        Set<Profile> profiles = new HashSet<>();
        facts.forEach(fact -> profiles.add(new Profile(fact.kind(), fact.key())));
        return new HistoryChange(tenant, profiles, Set.of(), Set.of());
    }

    /** What replacing {@code former} (null for a new declaration) by {@code current} changes in the prices and lodgements. */
    public static HistoryChange ofRevision(String tenant, DeclarationPayload former, DeclarationPayload current) {
        Set<PriceGroup> groups = new HashSet<>();
        Set<String> importers = new HashSet<>();
        for (DeclarationPayload declaration : former == null ? List.of(current) : List.of(former, current)) {
            HistoryFacts.prices(declaration).forEach(fact -> groups.add(new PriceGroup(fact.kind(), fact.key())));
            importers.add(HistoryFacts.importer(declaration));
        }
        importers.remove(null);
        return new HistoryChange(tenant, Set.of(), groups, importers);
    }

    public HistoryChange and(HistoryChange other) {
        if (!Objects.equals(tenant, other.tenant)) {
            throw new IllegalArgumentException("changes of two tenants");
        }
        Set<Profile> allProfiles = new HashSet<>(profiles);
        allProfiles.addAll(other.profiles);
        Set<PriceGroup> allGroups = new HashSet<>(priceGroups);
        allGroups.addAll(other.priceGroups);
        Set<String> allImporters = new HashSet<>(importers);
        allImporters.addAll(other.importers);
        return new HistoryChange(tenant, allProfiles, allGroups, allImporters);
    }
}
