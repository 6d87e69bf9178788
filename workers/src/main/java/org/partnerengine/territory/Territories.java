package org.partnerengine.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Territories extends JpaRepository<Territory, Long> {

  default Territory require(long id) {
    return findById(id).orElseThrow(() -> new TerritoryNotFound(id));
  }

  Optional<Territory> findByName(String name);

  Page<Territory> findAllByOrderByName(Pageable page);

  @Query("select distinct t from Territory t join t.areas a where a.country = :country")
  List<Territory> withAreasIn(@Param("country") String country);

  /** The territories a place (country, postcode) lies in. */
  default List<Territory> covering(String country, String postcode) {
    return withAreasIn(country).stream().filter(t -> t.covers(country, postcode)).toList();
  }
}
