package org.partnerengine.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.partner.Partners;
import org.partnerengine.territory.TerritoryDefinition.AreaDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
@Import({WorkerFixtures.class, TerritoryCatalogue.class})
class TerritoryCatalogueTest {

  @Autowired TerritoryCatalogue catalogue;
  @Autowired Partners partners;

  @Test
  void aTerritoryCoversItsCountriesAndOnlyThePostcodesOfItsPrefixes() {
    Territory dach =
        catalogue.create(
            new TerritoryDefinition(
                "DACH south", List.of(new AreaDefinition("AT", null), new AreaDefinition("DE", "8"), new AreaDefinition("DE", "9"))));

    Territory stored = catalogue.get(dach.getId());
    assertThat(stored.covers("AT", "1010")).isTrue();
    assertThat(stored.covers("AT", null)).isTrue();
    assertThat(stored.covers("DE", "80331")).isTrue();
    assertThat(stored.covers("de", "9 0402")).isTrue();
    assertThat(stored.covers("DE", "10115")).as("Berlin is not south").isFalse();
    assertThat(stored.covers("DE", null)).as("no postcode, no prefix match").isFalse();
    assertThat(stored.covers("CH", "8001")).isFalse();
  }

  @Test
  void aNameIsTakenOnceAndRenamingToItIsRefused() {
    catalogue.create(new TerritoryDefinition("Nordics", List.of(new AreaDefinition("SE", null))));
    Territory benelux = catalogue.create(new TerritoryDefinition("Benelux", List.of(new AreaDefinition("NL", null))));

    assertThatThrownBy(() -> catalogue.create(new TerritoryDefinition(" Nordics ", List.of(new AreaDefinition("NO", null)))))
        .isInstanceOf(TerritoryNameTaken.class);
    assertThatThrownBy(() -> catalogue.redefine(benelux.getId(), new TerritoryDefinition("Nordics", List.of(new AreaDefinition("BE", null)))))
        .isInstanceOf(TerritoryNameTaken.class);
    Territory renamed =
        catalogue.redefine(benelux.getId(), new TerritoryDefinition("Benelux", List.of(new AreaDefinition("BE", null), new AreaDefinition("LU", null))));
    assertThat(renamed.covers("NL", "1012")).isFalse();
    assertThat(renamed.covers("LU", "1111")).isTrue();
    assertThat(catalogue.list(PageRequest.of(0, 10)).map(Territory::getName)).containsExactly("Benelux", "Nordics");
  }

  @Test
  void aPartnerCoversSeveralTerritoriesAndACoveredTerritoryIsNotDeleted() {
    long partner = partners.save(WorkerFixtures.applicant()).getId();
    Territory north = catalogue.create(new TerritoryDefinition("North", List.of(new AreaDefinition("DK", null))));
    Territory west = catalogue.create(new TerritoryDefinition("West", List.of(new AreaDefinition("FR", null))));

    assertThat(catalogue.coverage(partner).getCapacity()).as("no coverage set: nothing").isZero();
    catalogue.defineCoverage(partner, new CoverageDefinition(Set.of(north.getId(), west.getId()), Set.of("core-platform"), 12));

    PartnerCoverage coverage = catalogue.coverage(partner);
    assertThat(coverage.getTerritoryIds()).containsExactlyInAnyOrder(north.getId(), west.getId());
    assertThat(coverage.isSpecialisedIn("core-platform")).isTrue();
    assertThat(coverage.getCapacity()).isEqualTo(12);
    assertThatThrownBy(() -> catalogue.delete(west.getId())).isInstanceOf(TerritoryInUse.class);

    catalogue.defineCoverage(partner, new CoverageDefinition(Set.of(north.getId()), Set.of(), 5));
    catalogue.delete(west.getId());
    assertThatThrownBy(() -> catalogue.get(west.getId())).isInstanceOf(TerritoryNotFound.class);
  }

  @Test
  void coverageNamesOnlyTerritoriesAndPartnersThatExist() {
    long partner = partners.save(WorkerFixtures.applicant()).getId();

    assertThatThrownBy(() -> catalogue.defineCoverage(partner, new CoverageDefinition(Set.of(999_999L), Set.of(), 1)))
        .isInstanceOf(TerritoryNotFound.class);
    assertThatThrownBy(() -> catalogue.defineCoverage(999_999L, new CoverageDefinition(Set.of(), Set.of(), 1)))
        .isInstanceOf(PartnerNotFound.class);
  }
}
