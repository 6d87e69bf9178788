package org.partnerengine.content;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentViews extends JpaRepository<ContentView, Long> {

  long countByAssetId(long assetId);

  long countByVersionId(long versionId);

  Page<ContentView> findByAssetIdOrderByIdDesc(long assetId, Pageable pageable);
}
