package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.flow.FlowSetViews;
import org.springframework.stereotype.Component;

/**
 * The database's answers to a stage write's validation: for a new stage, and for an
 * existing one.
 */
@Component
class PasswordStageLookups {

	private final PasswordStageRepository repository;

	private final PasswordStageViews views;

	private final FlowSetViews flowViews;

	PasswordStageLookups(PasswordStageRepository repository, PasswordStageViews views, FlowSetViews flowViews) {
		this.repository = repository;
		this.views = views;
		this.flowViews = flowViews;
	}

	/**
	 * Any stage's name is taken; any flow's slug is. Asked only when another rule failed
	 * or a constraint refused the write ({@code askAlways} false), or always (a write in
	 * a caller's transaction, which a refused write would end).
	 */
	StageLookups forCreate(boolean askAlways) {
		return new DatabaseLookups(null, askAlways);
	}

	/**
	 * Names of other stages are taken; the stage's bound flows are read once, when first
	 * needed.
	 */
	StageLookups forUpdate(PasswordStageEntity stage) {
		return new DatabaseLookups(stage, true);
	}

	/**
	 * The database's answers, for a new stage ({@code stage} null) or an existing one.
	 */
	private final class DatabaseLookups implements StageLookups {

		private final PasswordStageEntity stage;

		private final boolean askAlways;

		private PasswordStageEntity withFlows;

		private DatabaseLookups(PasswordStageEntity stage, boolean askAlways) {
			this.stage = stage;
			this.askAlways = askAlways;
		}

		@Override
		public boolean askAlways() {
			return askAlways;
		}

		@Override
		public boolean nameTaken(String name) {
			if (stage == null) {
				return views.nameTaken(name, null);
			}
			return !name.equals(stage.name()) && views.nameTaken(name, stage.getId());
		}

		@Override
		public boolean flowExists(UUID flowId) {
			return flowViews.flowExists(flowId);
		}

		@Override
		public boolean slugTaken(String slug) {
			return flowViews.slugTaken(slug);
		}

		@Override
		public boolean boundHere(String slug) {
			if (stage == null) {
				return false;
			}
			if (withFlows == null) {
				withFlows = repository.findWithFlows(stage.getId()).orElse(stage);
			}
			return withFlows.boundTo(slug);
		}

	}

}
