package io.passwordstage.allstages;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.event.Caller;
import io.passwordstage.flow.FlowSetViews;
import io.passwordstage.flow.Stage;
import io.passwordstage.flow.StageViews;
import io.passwordstage.web.UsedBy;
import io.passwordstage.stage.PasswordStageService;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ListQuery;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.VisibleObjects;
import org.springframework.stereotype.Service;

/**
 * Stages of any kind: reads from the read models; a delete is the password stage's own
 * (one transaction with its audit event), since every stage here is one.
 */
@Service
class AllStagesService {

	private final AllStagesViews views;

	private final StageViews stageViews;

	private final FlowSetViews flowViews;

	private final PasswordStageService passwordStages;

	AllStagesService(AllStagesViews views, StageViews stageViews, FlowSetViews flowViews,
			PasswordStageService passwordStages) {
		this.views = views;
		this.stageViews = stageViews;
		this.flowViews = flowViews;
		this.passwordStages = passwordStages;
	}

	/**
	 * A page of the stages the query selects, of those the caller may view
	 * ({@code visible}: their keys, {@code null} for all).
	 */
	PaginatedStageList list(Map<String, String> params, Set<String> visible) {
		ListQuery filter = StageListFilter.parse(params).visibleOnly(visible);
		long count = filter.matchesNothing() ? 0 : views.count(filter);
		if (count == 0 && visible != null) {
			VisibleObjects.requireSome(
					views.count(StageListFilter.parse(VisibleObjects.searchOnly(params)).visibleOnly(visible)));
		}
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<Stage> results = count == 0 ? List.of() : views.page(filter, window.offset(), window.size());
		return new PaginatedStageList(window.pagination(), results, Map.of());
	}

	Stage get(String id) {
		return stageViews.find(DrfUuids.pathUuid(id)).orElseThrow(() -> ApiException.notFound(ErrorTexts.NO_STAGE));
	}

	void delete(String id, String ifMatch, Caller caller) {
		passwordStages.delete(DrfUuids.pathUuid(id), ErrorTexts.NO_STAGE,
				stageId -> stageViews.find(stageId).orElseThrow(), ifMatch, caller);
	}

	/** What uses the stage, of what {@code caller} may view. */
	List<UsedBy> usedBy(String id, ApiPrincipal caller) {
		var uuid = DrfUuids.pathUuid(id);
		if (!views.exists(uuid)) {
			throw ApiException.notFound(ErrorTexts.NO_STAGE);
		}
		return caller.mayView(flowViews.usedBy(uuid));
	}

	List<TypeCreate> types() {
		return TypeCreate.ALL;
	}

	List<UserSetting> userSettings() {
		return views.userSettings();
	}

}
