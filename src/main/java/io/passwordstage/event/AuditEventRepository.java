package io.passwordstage.event;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events, written in the transaction of the change they record. */
interface AuditEventRepository extends JpaRepository<AuditEventEntity, UUID> {

}
