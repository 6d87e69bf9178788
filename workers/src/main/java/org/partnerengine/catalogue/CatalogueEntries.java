package org.partnerengine.catalogue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueEntries extends JpaRepository<CatalogueEntry, String> {

  List<CatalogueEntry> findAllByOrderByKindAscIdAsc();

  List<CatalogueEntry> findByRetiredAtIsNullOrderByKindAscIdAsc();

  List<CatalogueEntry> findByIdIn(Collection<String> ids);
}
