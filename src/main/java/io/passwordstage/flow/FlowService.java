package io.passwordstage.flow;

import io.passwordstage.web.UsedBy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.event.AuditTrail;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.EntityTags;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.Body;
import io.passwordstage.web.ListQuery;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.VisibleObjects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * authentik's flow viewset: flows by slug, each write one transaction with its audit
 * event. Deleting a flow removes its bindings and clears {@code configure_flow} where it
 * pointed; the stages stay.
 */
@Service
public class FlowService {

	private final FlowRepository repository;

	private final FlowViews views;

	private final FlowReferences references;

	private final FlowValidator validator;

	private final AuditTrail auditTrail;

	private final TransactionOperations transaction;

	private final EntityTags tags;

	FlowService(FlowRepository repository, FlowViews views, FlowReferences references, FlowValidator validator,
			AuditTrail auditTrail, TransactionOperations transaction, EntityTags tags) {
		this.tags = tags;
		this.repository = repository;
		this.views = views;
		this.references = references;
		this.validator = validator;
		this.auditTrail = auditTrail;
		this.transaction = transaction;
	}

	/**
	 * A page of the flows the query selects, of those the caller may view
	 * ({@code visible}: their keys, {@code null} for all).
	 */
	PaginatedFlowList list(Map<String, String> params, Set<String> visible) {
		ListQuery filter = FlowListFilter.parse(params).visibleOnly(visible);
		long count = filter.matchesNothing() ? 0 : views.count(filter);
		if (count == 0 && visible != null) {
			VisibleObjects
				.requireSome(views.count(FlowListFilter.parse(VisibleObjects.searchOnly(params)).visibleOnly(visible)));
		}
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<Flow> results = count == 0 ? List.of() : views.page(filter, window.offset(), window.size());
		return new PaginatedFlowList(window.pagination(), results, Map.of());
	}

	public Flow get(String slug) {
		return views.find(slug).orElseThrow(FlowService::notFound);
	}

	/** A new flow whose pk is {@code id} when given (a blueprint's). */
	public Change<Flow> create(UUID id, Body<FlowRequest> body, Caller caller) {
		FlowRequest request = body.read();
		validator.validate(request, false, slug -> views.slugTaken(slug, null));
		try {
			return transaction.execute(status -> {
				FlowEntity flow = FlowEntity.create(request, id);
				repository.save(flow);
				Map<String, Object> diff = audit(caller, "model_created", flow, Map.of(), flow.auditState());
				repository.flush();
				return new Change<>(flow.toFlow(List.of()), diff);
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw slugTaken(ex);
		}
	}

	/**
	 * PUT ({@code partial} false: name, slug, title and designation required) or PATCH;
	 * fields left out keep their values, and a new slug renames the flow.
	 */
	@Transactional
	public Change<Flow> update(String slug, Body<FlowRequest> body, boolean partial, String ifMatch, Caller caller) {
		FlowEntity flow = repository.findForWrite(slug).orElseThrow(FlowService::notFound);
		tags.requireMatch(ifMatch, () -> get(slug));
		FlowRequest request = body.read();
		validator.validate(request, partial, taken -> views.slugTaken(taken, flow.id()));
		Map<String, Object> before = flow.auditState();
		flow.apply(request);
		Map<String, Object> diff = audit(caller, "model_updated", flow, before, flow.auditState());
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw slugTaken(ex);
		}
		return new Change<>(flow.toFlow(views.stagesOf(List.of(flow.id())).getOrDefault(flow.id(), List.of())), diff);
	}

	@Transactional
	public Change<Void> delete(String slug, String ifMatch, Caller caller) {
		FlowEntity flow = repository.findForWrite(slug).orElseThrow(FlowService::notFound);
		tags.requireMatch(ifMatch, () -> get(slug));
		repository.deleteBindingsOf(flow.id());
		repository.delete(flow);
		return new Change<>(null, audit(caller, "model_deleted", flow, flow.auditState(), Map.of()));
	}

	/** 2025.8's {@code set_background_url}: stores the URL as the flow's background. */
	@Transactional
	void setBackgroundUrl(String slug, Body<FilePathRequest> body, Caller caller) {
		FlowEntity flow = repository.findForWrite(slug).orElseThrow(FlowService::notFound);
		FilePathRequest request = body.read();
		FieldErrors.of(request, request.sent().errors(), validator.beanValidator()).throwIfAny();
		Map<String, Object> before = flow.auditState();
		flow.changeBackground(request.url());
		audit(caller, "model_updated", flow, before, flow.auditState());
	}

	/** What uses the flow, of what {@code caller} may view. */
	List<UsedBy> usedBy(String slug, ApiPrincipal caller) {
		return caller.mayView(references.usedBy(get(slug).pk()));
	}

	private Map<String, Object> audit(Caller caller, String action, FlowEntity flow, Map<String, Object> before,
			Map<String, Object> after) {
		return auditTrail.modelChanged(caller, action, "authentik_flows", "flow", flow.id(), flow.displayName(), before,
				after);
	}

	private static ApiException notFound() {
		return ApiException.notFound(ErrorTexts.NO_FLOW);
	}

	/** The only unique rule of a flow is its slug: a concurrent write took it first. */
	/** A concurrent write took the slug between the check and this write. */
	private static RuntimeException slugTaken(DataIntegrityViolationException ex) {
		return "authentik_flows_flow_slug_key".equals(ViolatedConstraint.of(ex))
				? ValidationFailedException.of("slug", ErrorTexts.FLOW_SLUG_TAKEN) : ex;
	}

}
