package org.partnerengine.prediction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChurnModels extends JpaRepository<ChurnModel, Long> {

  Optional<ChurnModel> findFirstByStatusOrderByIdDesc(ModelStatus status);

  /** The model in use, without its bytes: what scoring checks on every call. */
  @Query("select max(m.id) from ChurnModel m where m.status = org.partnerengine.prediction.ModelStatus.PROMOTED")
  Optional<Long> promotedId();

  Optional<ChurnModel> findByProcessInstanceKey(long processInstanceKey);

  List<ChurnModel> findTop20ByOrderByIdDesc();
}
