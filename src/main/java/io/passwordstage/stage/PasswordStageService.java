package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.passwordstage.event.AuditTrail;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import io.passwordstage.flow.FlowSet;
import io.passwordstage.flow.FlowSetViews;
import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.web.UsedBy;
import io.passwordstage.persistence.NewRows;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.EntityTags;
import io.passwordstage.web.ErrorTexts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Owns password stages: every write goes through the aggregate's entities, each in one
 * transaction.
 */
@Service
public class PasswordStageService {

	private static final String NO_MATCH = ErrorTexts.NO_PASSWORD_STAGE;

	private final PasswordStageRepository repository;

	private final PasswordStageViews views;

	private final FlowSetViews flowViews;

	private final PasswordStageValidator validator;

	private final PasswordStageLookups lookups;

	private final AuditTrail auditTrail;

	private final TransactionOperations transaction;

	private final EntityTags tags;

	private final PasswordStageLocks locks;

	private final NewRows newRows;

	PasswordStageService(PasswordStageRepository repository, PasswordStageViews views, FlowSetViews flowViews,
			PasswordStageValidator validator, PasswordStageLookups lookups, AuditTrail auditTrail,
			TransactionOperations transaction, EntityTags tags, PasswordStageLocks locks, NewRows newRows) {
		this.newRows = newRows;
		this.tags = tags;
		this.locks = locks;
		this.repository = repository;
		this.views = views;
		this.flowViews = flowViews;
		this.validator = validator;
		this.lookups = lookups;
		this.auditTrail = auditTrail;
		this.transaction = transaction;
	}

	/**
	 * Creates a stage and the flows of its {@code flow_set} in one transaction; its pk is
	 * {@code id} when given (a blueprint's). The name's and slugs' uniqueness and the
	 * configure flow's existence are answered by the schema's constraints (no query when
	 * the body is valid); when one refuses the write, those rules are asked once, for
	 * authentik's error body. Inside a caller's transaction (an import), which a refused
	 * write would end, every rule is asked before the insert.
	 */
	public Change<PasswordStage> create(UUID id, Body<PasswordStageRequest> body, Caller caller) {
		PasswordStageRequest request = body.read();
		boolean nested = TransactionSynchronizationManager.isActualTransactionActive();
		validator.validate(request, false, lookups.forCreate(nested));
		try {
			return transaction.execute(status -> insert(request, id, caller));
		}
		catch (DataIntegrityViolationException ex) {
			throw StageConstraints.refusal(ex, request,
					() -> nested ? null : validator.databaseErrors(request, lookups.forCreate(true)));
		}
	}

	private Change<PasswordStage> insert(PasswordStageRequest request, UUID id, Caller caller) {
		PasswordStageEntity stage = PasswordStageEntity.create(request, id);
		List<FlowSet> flowSet = request.flowSet() == null ? List.of() : stage.bindNewFlows(request.flows());
		newRows.insert(stage::insertAsNew);
		Map<String, Object> diff = audit(caller, "model_created", stage, Map.of(), stage.auditState());
		return new Change<>(stage.toStage(flowSet), diff);
	}

	public PasswordStage get(String id) {
		return views.find(DrfUuids.pathUuid(id)).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/**
	 * PUT ({@code partial} false: name and backends required) or PATCH; fields left out
	 * keep their values, a present {@code flow_set} becomes the stage's set of flows. A
	 * stale {@code ifMatch} (null: none sent) is a 412.
	 */
	@Transactional
	public Change<PasswordStage> update(String id, Body<PasswordStageRequest> body, boolean partial, String ifMatch,
			Caller caller) {
		// writes to one stage happen one after the other: its row is locked until commit
		PasswordStageEntity stage = locks.findForWrite(DrfUuids.pathUuid(id))
			.orElseThrow(() -> ApiException.notFound(NO_MATCH));
		tags.requireMatch(ifMatch, () -> views.find(stage.getId()).orElseThrow());
		PasswordStageRequest request = body.read();
		validator.validate(request, partial, lookups.forUpdate(stage));
		Map<String, Object> before = stage.auditState();
		stage.apply(request);
		if (request.flowSet() != null) {
			stage.replaceFlows(request.flows());
		}
		Map<String, Object> diff = audit(caller, "model_updated", stage, before, stage.auditState());
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent write won the race between the lookups and this one
			throw StageConstraints.refusal(ex, request, () -> null);
		}
		return new Change<>(stage.toStage(flowViews.flowSet(stage.getId())), diff);
	}

	/** Deletes the stage and its bindings; the flows it was bound to stay. */
	@Transactional
	public Change<Void> delete(String id, String ifMatch, Caller caller) {
		return delete(DrfUuids.pathUuid(id), NO_MATCH, stageId -> views.find(stageId).orElseThrow(), ifMatch, caller);
	}

	/**
	 * Deletes the stage and its bindings with its audit event, in one transaction; an
	 * unknown id is a 404 with {@code notFound} (each route names its model), and an
	 * {@code ifMatch} is compared with the tag of the route's {@code representation}.
	 */
	@Transactional
	public Change<Void> delete(UUID id, String notFound, Function<UUID, Object> representation, String ifMatch,
			Caller caller) {
		PasswordStageEntity stage = locks.findForWrite(id).orElseThrow(() -> ApiException.notFound(notFound));
		tags.requireMatch(ifMatch, () -> representation.apply(id));
		repository.delete(stage);
		return new Change<>(null, audit(caller, "model_deleted", stage, stage.auditState(), Map.of()));
	}

	/** What uses the stage, of what {@code caller} may view. */
	public List<UsedBy> usedBy(String id, ApiPrincipal caller) {
		UUID uuid = DrfUuids.pathUuid(id);
		if (!views.exists(uuid)) {
			throw ApiException.notFound(NO_MATCH);
		}
		return caller.mayView(flowViews.usedBy(uuid));
	}

	private Map<String, Object> audit(Caller caller, String action, PasswordStageEntity stage,
			Map<String, Object> before, Map<String, Object> after) {
		return auditTrail.modelChanged(caller, action, "authentik_stages_password", "passwordstage", stage.getId(),
				stage.name(), before, after);
	}

}
