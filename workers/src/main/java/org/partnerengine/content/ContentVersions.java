package org.partnerengine.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentVersions extends JpaRepository<ContentVersion, Long> {

  List<ContentVersion> findByAssetIdOrderByNumberDesc(long assetId);

  Optional<ContentVersion> findFirstByAssetIdOrderByNumberDesc(long assetId);

  default ContentVersion require(long id) {
    return findById(id).orElseThrow(() -> new ContentNotFound(id));
  }
}
