package org.partnerengine.content;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentAssets extends JpaRepository<ContentAsset, Long> {

  Page<ContentAsset> findAllByOrderByIdDesc(Pageable pageable);

  List<ContentAsset> findByPublishedVersionIdIsNotNullOrderByIdDesc();

  default ContentAsset require(long id) {
    return findById(id).orElseThrow(() -> new ContentNotFound(id));
  }
}
