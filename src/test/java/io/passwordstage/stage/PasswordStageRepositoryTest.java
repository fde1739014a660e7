package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.Sent;
import jakarta.persistence.EntityManager;
import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password-stage aggregate on PostgreSQL through the Flyway schema: its two rows, the
 * flows and bindings it writes, the write lock and what deleting it leaves.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PasswordStageRepositoryTest extends PostgresTest {

	private static final List<String> INBUILT = List.of(Backend.INBUILT.value());

	@Autowired
	private PasswordStageRepository repository;

	/**
	 * Made here rather than imported, so that this test shares its context with the other
	 * repository tests: on the same shared EntityManager Spring would give it.
	 */
	private final PasswordStageLocks locks;

	@Autowired
	PasswordStageRepositoryTest(EntityManager entityManager) {
		this.locks = new PasswordStageLocks(entityManager);
	}

	@Autowired
	private TestEntityManager entities;

	private PasswordStageEntity newStage(String name) {
		return PasswordStageEntity.create(new PasswordStageRequest(name, null, INBUILT, null, null, null,
				new Sent(Set.of("name", "backends"), Map.of())), null);
	}

	private static FlowSetRequest flow(String slug, String name) {
		return new FlowSetRequest(name, slug, "Title", "authentication", null, null, null, null);
	}

	private long rows(String sql, Object parameter) {
		return ((Number) entities.getEntityManager()
			.createNativeQuery(sql)
			.setParameter(1, parameter)
			.getSingleResult()).longValue();
	}

	@Test
	void storesBothRowsWithAuthentiksDefaults() {
		PasswordStageEntity stage = repository.saveAndFlush(newStage("repo-defaults"));
		entities.clear();

		PasswordStage stored = repository.findById(stage.getId()).orElseThrow().toStage(List.of());

		assertThat(stored)
			.isEqualTo(PasswordStage.of(stage.getId(), "repo-defaults", List.of(), INBUILT, null, 5, false));
		assertThat(rows("select count(*) from authentik_flows_stage where stage_uuid = ?", stage.getId())).isOne();
	}

	@Test
	void bindsNewFlowsEachWithItsOwnPolicyBindingModelRow() {
		PasswordStageEntity stage = newStage("repo-flows");
		stage.bindNewFlows(List.of(flow("repo-b", "B"), flow("repo-a", "A")));
		repository.saveAndFlush(stage);

		assertThat(rows("select count(*) from authentik_flows_flowstagebinding where stage_id = ?", stage.getId()))
			.isEqualTo(2);
		assertThat(rows("""
				select count(distinct p.pbm_uuid) from authentik_flows_flowstagebinding b
				join authentik_flows_flow f on f.flow_uuid = b.target_id
				join authentik_policies_policybindingmodel p
				  on p.pbm_uuid in (b.policybindingmodel_ptr_id, f.policybindingmodel_ptr_id)
				where b.stage_id = ?""", stage.getId())).isEqualTo(4);
	}

	@Test
	void replacingFlowsUpdatesKeptOnesUnbindsTheRestAndKeepsTheirFlows() {
		PasswordStageEntity stage = newStage("repo-replace");
		stage.bindNewFlows(List.of(flow("repo-keep", "Keep"), flow("repo-drop", "Drop")));
		repository.saveAndFlush(stage);
		entities.clear();

		PasswordStageEntity loaded = repository.findWithFlows(stage.getId()).orElseThrow();
		loaded.replaceFlows(List.of(new FlowSetRequest("Kept", "repo-keep", null, null, null, null, null, null),
				flow("repo-new", "New")));
		entities.flush();

		assertThat(loaded.boundTo("repo-keep")).isTrue();
		assertThat(loaded.boundTo("repo-drop")).isFalse();
		assertThat(rows("select count(*) from authentik_flows_flowstagebinding where stage_id = ?", stage.getId()))
			.isEqualTo(2);
		assertThat(rows("select count(*) from authentik_flows_flow where slug = ?", "repo-drop")).isOne();
		assertThat(rows("select count(*) from authentik_flows_flow where name = 'Kept' and slug = ?", "repo-keep"))
			.isOne();
	}

	@Test
	void theWriteLockReadsTheWholeStage() {
		PasswordStageEntity stage = repository.saveAndFlush(newStage("repo-lock"));
		entities.clear();

		assertThat(locks.findForWrite(stage.getId()).orElseThrow().toStage(List.of()))
			.isEqualTo(PasswordStage.of(stage.getId(), "repo-lock", List.of(), INBUILT, null, 5, false));
		assertThat(locks.findForWrite(UUID.randomUUID())).isEmpty();
	}

	@Test
	void deletingTheStageRemovesItsBindingsButNotItsFlows() {
		PasswordStageEntity stage = newStage("repo-delete");
		stage.bindNewFlows(List.of(flow("repo-stays", "Stays")));
		repository.saveAndFlush(stage);
		entities.clear();

		repository.delete(repository.findById(stage.getId()).orElseThrow());
		entities.flush();

		assertThat(rows("select count(*) from authentik_flows_stage where stage_uuid = ?", stage.getId())).isZero();
		assertThat(rows("select count(*) from authentik_flows_flowstagebinding where stage_id = ?", stage.getId()))
			.isZero();
		assertThat(rows("select count(*) from authentik_flows_flow where slug = ?", "repo-stays")).isOne();
	}

}
