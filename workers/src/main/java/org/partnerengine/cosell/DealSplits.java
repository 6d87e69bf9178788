package org.partnerengine.cosell;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DealSplits extends JpaRepository<DealSplit, Long> {

  List<DealSplit> findByDealIdOrderByIdDesc(long dealId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from DealSplit s where s.dealId = ?1 and s.status = org.partnerengine.cosell.SplitStatus.APPROVED")
  Optional<DealSplit> findInForce(long dealId);

  default DealSplit require(long id) {
    return findById(id).orElseThrow(() -> new SplitNotFound(id));
  }
}
