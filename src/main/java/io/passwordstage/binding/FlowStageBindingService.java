package io.passwordstage.binding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.event.AuditTrail;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import io.passwordstage.flow.FlowEntity;
import io.passwordstage.flow.FlowStageBindingEntity;
import io.passwordstage.flow.StageEntity;
import io.passwordstage.web.UsedBy;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.EntityTags;
import io.passwordstage.web.ErrorTexts;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Owns flow-stage bindings: every write one transaction, with its audit event. */
@Service
public class FlowStageBindingService {

	private final FlowStageBindingRepository repository;

	private final FlowStageBindingViews views;

	private final FlowStageBindingValidator validator;

	private final FlowStageBindingLookups lookups;

	private final AuditTrail auditTrail;

	private final TransactionOperations transaction;

	private final EntityManager entities;

	private final EntityTags tags;

	FlowStageBindingService(FlowStageBindingRepository repository, FlowStageBindingViews views,
			FlowStageBindingValidator validator, FlowStageBindingLookups lookups, AuditTrail auditTrail,
			TransactionOperations transaction, EntityManager entities, EntityTags tags) {
		this.tags = tags;
		this.repository = repository;
		this.views = views;
		this.validator = validator;
		this.lookups = lookups;
		this.auditTrail = auditTrail;
		this.transaction = transaction;
		this.entities = entities;
	}

	/**
	 * Creates a binding in one transaction; its pk is {@code id} when given (a
	 * blueprint's). The flow's and stage's existence and the unique (target, stage,
	 * order) rule are answered by the schema's constraints (no query when the body is
	 * valid); when one refuses the write, those rules are asked once, for authentik's
	 * error body. Inside a caller's transaction (an import), which a refused write would
	 * end, every rule is asked before the insert.
	 */
	public Change<FlowStageBinding> create(UUID id, Body<FlowStageBindingRequest> body, Caller caller) {
		FlowStageBindingRequest request = body.read();
		boolean nested = TransactionSynchronizationManager.isActualTransactionActive();
		validator.validate(request, null, false, nested ? lookups : lookups.whenAnotherRuleFails());
		try {
			return transaction.execute(status -> insert(request, id, caller));
		}
		catch (DataIntegrityViolationException ex) {
			throw BindingViolations.refusal(ex, request,
					() -> nested ? null : validator.databaseErrors(request, lookups));
		}
	}

	private Change<FlowStageBinding> insert(FlowStageBindingRequest request, UUID id, Caller caller) {
		FlowStageBindingEntity binding = new FlowStageBindingEntity(id, flow(request.targetId()),
				stage(request.stageId()), request.orderValue());
		binding.configure(request.evaluateOnPlan(), request.reEvaluatePolicies(), request.policyEngineMode(),
				request.invalidResponseAction());
		repository.save(binding);
		repository.flush();
		FlowStageBinding created = views.find(binding.id()).orElseThrow();
		return new Change<>(created, audit(caller, "model_created", java.util.Map.of(), created));
	}

	public FlowStageBinding get(String id) {
		return views.find(DrfUuids.pathUuid(id))
			.orElseThrow(() -> ApiException.notFound(ErrorTexts.NO_FLOW_STAGE_BINDING));
	}

	/**
	 * PUT ({@code partial} false: target, stage and order required) or PATCH; fields left
	 * out keep their values.
	 */
	@Transactional
	public Change<FlowStageBinding> update(String id, Body<FlowStageBindingRequest> body, boolean partial,
			String ifMatch, Caller caller) {
		FlowStageBindingEntity binding = lockForWrite(id);
		tags.requireMatch(ifMatch, () -> views.find(binding.id()).orElseThrow());
		FlowStageBinding current = views.row(binding.id()).orElseThrow();
		FlowStageBindingRequest request = body.read();
		validator.validate(request, current, partial, lookups);
		binding.place(request.target() == null ? null : flow(request.targetId()),
				request.stage() == null ? null : stage(request.stageId()), request.orderValue());
		binding.configure(request.evaluateOnPlan(), request.reEvaluatePolicies(), request.policyEngineMode(),
				request.invalidResponseAction());
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw BindingViolations.refusal(ex, request, () -> null);
		}
		FlowStageBinding updated = views.find(binding.id()).orElseThrow();
		return new Change<>(updated, audit(caller, "model_updated", current.auditState(), updated));
	}

	/** Deletes the binding and its policy-binding-model row; flow and stage stay. */
	@Transactional
	public Change<Void> delete(String id, String ifMatch, Caller caller) {
		FlowStageBindingEntity binding = lockForWrite(id);
		tags.requireMatch(ifMatch, () -> views.find(binding.id()).orElseThrow());
		FlowStageBinding current = views.row(binding.id()).orElseThrow();
		repository.delete(binding);
		return new Change<>(null,
				auditTrail.modelChanged(caller, "model_deleted", "authentik_flows", "flowstagebinding", current.pk(),
						FlowStageBinding.describe(current.order(), current.target()), current.auditState(),
						java.util.Map.of()));
	}

	/** Nothing can be bound to a binding here (no policies), so nothing uses one. */
	public List<UsedBy> usedBy(String id) {
		if (!views.exists(DrfUuids.pathUuid(id))) {
			throw ApiException.notFound(ErrorTexts.NO_FLOW_STAGE_BINDING);
		}
		return List.of();
	}

	/**
	 * The event of a create or update: the diff from {@code before} to the binding now.
	 */
	private java.util.Map<String, Object> audit(Caller caller, String action, java.util.Map<String, Object> before,
			FlowStageBinding binding) {
		return auditTrail.modelChanged(caller, action, "authentik_flows", "flowstagebinding", binding.pk(),
				FlowStageBinding.describe(binding.order(), binding.target()), before, binding.auditState());
	}

	private FlowEntity flow(UUID id) {
		return entities.getReference(FlowEntity.class, id);
	}

	private StageEntity stage(UUID id) {
		return entities.getReference(StageEntity.class, id);
	}

	private FlowStageBindingEntity lockForWrite(String id) {
		return repository.findForWrite(DrfUuids.pathUuid(id))
			.orElseThrow(() -> ApiException.notFound(ErrorTexts.NO_FLOW_STAGE_BINDING));
	}

}
