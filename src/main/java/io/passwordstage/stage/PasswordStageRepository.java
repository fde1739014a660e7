package io.passwordstage.stage;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PasswordStageRepository extends JpaRepository<PasswordStageEntity, UUID> {

	/** Whether any stage, of any kind, has this name. */
	@Query("select count(s) > 0 from StageEntity s where s.name = :name")
	boolean nameTaken(String name);

	/** Whether any stage, of any kind, other than {@code self} has this name. */
	@Query("select count(s) > 0 from StageEntity s where s.name = :name and s.id <> :self")
	boolean nameTakenByOther(String name, UUID self);

}
