package io.passwordstage.binding;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The database's answers to a binding write's validation. A flow or stage found is locked
 * against deletion until the transaction ends, so that an update's foreign keys hold at
 * commit.
 */
@Component
class FlowStageBindingLookups implements BindingLookups {

	private final FlowStageBindingViews views;

	private final boolean askAlways;

	@Autowired
	FlowStageBindingLookups(FlowStageBindingViews views) {
		this(views, true);
	}

	private FlowStageBindingLookups(FlowStageBindingViews views, boolean askAlways) {
		this.views = views;
		this.askAlways = askAlways;
	}

	/** The same answers, asked only when another rule failed (a create). */
	FlowStageBindingLookups whenAnotherRuleFails() {
		return new FlowStageBindingLookups(views, false);
	}

	@Override
	public boolean askAlways() {
		return askAlways;
	}

	@Override
	public boolean flowExists(UUID id) {
		return views.lockFlow(id);
	}

	@Override
	public boolean stageExists(UUID id) {
		return views.lockStage(id);
	}

	@Override
	public boolean taken(UUID target, UUID stage, int order, UUID self) {
		return views.taken(target, stage, order, self);
	}

}
