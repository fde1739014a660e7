package io.passwordstage.rbac;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.auth.ApiModel;
import io.passwordstage.auth.ApiPermission;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * authentik's {@code ModelEnum}: every model of authentik's that permissions may be
 * assigned on, as each line lists them. Most are not models of this service (not an
 * {@code ApiModel}): a choice of those is refused.
 */
@Schema(name = "ModelEnum", enumAsRef = true)
enum AuthentikModel implements WireEnum {

	TENANTS_DOMAIN("authentik_tenants.domain"), CORE_GROUP("authentik_core.group"), CORE_USER("authentik_core.user"),
	CORE_APPLICATION("authentik_core.application"),
	CORE_APPLICATIONENTITLEMENT("authentik_core.applicationentitlement"), CORE_TOKEN("authentik_core.token"),
	CORE_OBJECTATTRIBUTE("authentik_core.objectattribute", Difference.RBAC_2026_5),
	CORE_ACTOR("authentik_core.actor", Difference.RBAC_2026_5),
	CRYPTO_CERTIFICATEKEYPAIR("authentik_crypto.certificatekeypair"),
	ENDPOINTS_DEVICEUSERBINDING("authentik_endpoints.deviceuserbinding", Difference.SCHEMA_2026),
	ENDPOINTS_DEVICEACCESSGROUP("authentik_endpoints.deviceaccessgroup", Difference.SCHEMA_2026),
	ENDPOINTS_ENDPOINTSTAGE("authentik_endpoints.endpointstage", Difference.SCHEMA_2026),
	ENDPOINTS_CONNECTORS_AGENT_AGENTCONNECTOR("authentik_endpoints_connectors_agent.agentconnector",
			Difference.SCHEMA_2026),
	ENDPOINTS_CONNECTORS_AGENT_AGENTDEVICEUSERBINDING("authentik_endpoints_connectors_agent.agentdeviceuserbinding",
			Difference.SCHEMA_2026),
	ENDPOINTS_CONNECTORS_AGENT_ENROLLMENTTOKEN("authentik_endpoints_connectors_agent.enrollmenttoken",
			Difference.SCHEMA_2026),
	ENTERPRISE_LICENSE("authentik_enterprise.license"), EVENTS_EVENT("authentik_events.event"),
	EVENTS_NOTIFICATIONTRANSPORT("authentik_events.notificationtransport"),
	EVENTS_NOTIFICATION("authentik_events.notification"), EVENTS_NOTIFICATIONRULE("authentik_events.notificationrule"),
	EVENTS_NOTIFICATIONWEBHOOKMAPPING("authentik_events.notificationwebhookmapping"),
	FLOWS_FLOW("authentik_flows.flow"), FLOWS_FLOWSTAGEBINDING("authentik_flows.flowstagebinding"),
	OUTPOSTS_DOCKERSERVICECONNECTION("authentik_outposts.dockerserviceconnection"),
	OUTPOSTS_KUBERNETESSERVICECONNECTION("authentik_outposts.kubernetesserviceconnection"),
	OUTPOSTS_OUTPOST("authentik_outposts.outpost"), POLICIES_DUMMY_DUMMYPOLICY("authentik_policies_dummy.dummypolicy"),
	POLICIES_EVENT_MATCHER_EVENTMATCHERPOLICY("authentik_policies_event_matcher.eventmatcherpolicy"),
	POLICIES_EXPIRY_PASSWORDEXPIRYPOLICY("authentik_policies_expiry.passwordexpirypolicy"),
	POLICIES_EXPRESSION_EXPRESSIONPOLICY("authentik_policies_expression.expressionpolicy"),
	POLICIES_GEOIP_GEOIPPOLICY("authentik_policies_geoip.geoippolicy"),
	POLICIES_PASSWORD_PASSWORDPOLICY("authentik_policies_password.passwordpolicy"),
	POLICIES_REPUTATION_REPUTATIONPOLICY("authentik_policies_reputation.reputationpolicy"),
	POLICIES_POLICYBINDING("authentik_policies.policybinding"),
	PROVIDERS_LDAP_LDAPPROVIDER("authentik_providers_ldap.ldapprovider"),
	PROVIDERS_OAUTH2_SCOPEMAPPING("authentik_providers_oauth2.scopemapping"),
	PROVIDERS_OAUTH2_OAUTH2PROVIDER("authentik_providers_oauth2.oauth2provider"),
	PROVIDERS_OAUTH2_OAUTH2DYNAMICCLIENTREGISTRATION("authentik_providers_oauth2.oauth2dynamicclientregistration",
			Difference.RBAC_2026_5),
	PROVIDERS_PROXY_PROXYPROVIDER("authentik_providers_proxy.proxyprovider"),
	PROVIDERS_RAC_RACPROVIDER("authentik_providers_rac.racprovider"),
	PROVIDERS_RAC_ENDPOINT("authentik_providers_rac.endpoint"),
	PROVIDERS_RAC_RACPROPERTYMAPPING("authentik_providers_rac.racpropertymapping"),
	PROVIDERS_RADIUS_RADIUSPROVIDER("authentik_providers_radius.radiusprovider"),
	PROVIDERS_RADIUS_RADIUSPROVIDERPROPERTYMAPPING("authentik_providers_radius.radiusproviderpropertymapping"),
	PROVIDERS_SAML_SAMLPROVIDER("authentik_providers_saml.samlprovider"),
	PROVIDERS_SAML_SAMLPROPERTYMAPPING("authentik_providers_saml.samlpropertymapping"),
	PROVIDERS_SCIM_SCIMPROVIDER("authentik_providers_scim.scimprovider"),
	PROVIDERS_SCIM_SCIMMAPPING("authentik_providers_scim.scimmapping"), RBAC_ROLE("authentik_rbac.role"),
	RBAC_INITIALPERMISSIONS("authentik_rbac.initialpermissions"),
	SOURCES_KERBEROS_KERBEROSSOURCE("authentik_sources_kerberos.kerberossource"),
	SOURCES_KERBEROS_KERBEROSSOURCEPROPERTYMAPPING("authentik_sources_kerberos.kerberossourcepropertymapping"),
	SOURCES_KERBEROS_USERKERBEROSSOURCECONNECTION("authentik_sources_kerberos.userkerberossourceconnection"),
	SOURCES_KERBEROS_GROUPKERBEROSSOURCECONNECTION("authentik_sources_kerberos.groupkerberossourceconnection"),
	SOURCES_LDAP_LDAPSOURCE("authentik_sources_ldap.ldapsource"),
	SOURCES_LDAP_LDAPSOURCEPROPERTYMAPPING("authentik_sources_ldap.ldapsourcepropertymapping"),
	SOURCES_LDAP_USERLDAPSOURCECONNECTION("authentik_sources_ldap.userldapsourceconnection"),
	SOURCES_LDAP_GROUPLDAPSOURCECONNECTION("authentik_sources_ldap.groupldapsourceconnection"),
	SOURCES_OAUTH_OAUTHSOURCE("authentik_sources_oauth.oauthsource"),
	SOURCES_OAUTH_OAUTHSOURCEPROPERTYMAPPING("authentik_sources_oauth.oauthsourcepropertymapping"),
	SOURCES_OAUTH_USEROAUTHSOURCECONNECTION("authentik_sources_oauth.useroauthsourceconnection"),
	SOURCES_OAUTH_GROUPOAUTHSOURCECONNECTION("authentik_sources_oauth.groupoauthsourceconnection"),
	SOURCES_PLEX_PLEXSOURCE("authentik_sources_plex.plexsource"),
	SOURCES_PLEX_PLEXSOURCEPROPERTYMAPPING("authentik_sources_plex.plexsourcepropertymapping"),
	SOURCES_PLEX_USERPLEXSOURCECONNECTION("authentik_sources_plex.userplexsourceconnection"),
	SOURCES_PLEX_GROUPPLEXSOURCECONNECTION("authentik_sources_plex.groupplexsourceconnection"),
	SOURCES_SAML_SAMLSOURCE("authentik_sources_saml.samlsource"),
	SOURCES_SAML_SAMLSOURCEPROPERTYMAPPING("authentik_sources_saml.samlsourcepropertymapping"),
	SOURCES_SAML_USERSAMLSOURCECONNECTION("authentik_sources_saml.usersamlsourceconnection"),
	SOURCES_SAML_GROUPSAMLSOURCECONNECTION("authentik_sources_saml.groupsamlsourceconnection"),
	SOURCES_SCIM_SCIMSOURCE("authentik_sources_scim.scimsource"),
	SOURCES_SCIM_SCIMSOURCEPROPERTYMAPPING("authentik_sources_scim.scimsourcepropertymapping"),
	SOURCES_TELEGRAM_TELEGRAMSOURCE("authentik_sources_telegram.telegramsource", Difference.SCHEMA_2026),
	SOURCES_TELEGRAM_TELEGRAMSOURCEPROPERTYMAPPING("authentik_sources_telegram.telegramsourcepropertymapping",
			Difference.SCHEMA_2026),
	SOURCES_TELEGRAM_USERTELEGRAMSOURCECONNECTION("authentik_sources_telegram.usertelegramsourceconnection",
			Difference.SCHEMA_2026),
	SOURCES_TELEGRAM_GROUPTELEGRAMSOURCECONNECTION("authentik_sources_telegram.grouptelegramsourceconnection",
			Difference.SCHEMA_2026),
	STAGES_AUTHENTICATOR_DUO_AUTHENTICATORDUOSTAGE("authentik_stages_authenticator_duo.authenticatorduostage"),
	STAGES_AUTHENTICATOR_DUO_DUODEVICE("authentik_stages_authenticator_duo.duodevice"),
	STAGES_AUTHENTICATOR_EMAIL_AUTHENTICATOREMAILSTAGE("authentik_stages_authenticator_email.authenticatoremailstage"),
	STAGES_AUTHENTICATOR_EMAIL_EMAILDEVICE("authentik_stages_authenticator_email.emaildevice"),
	STAGES_AUTHENTICATOR_SMS_AUTHENTICATORSMSSTAGE("authentik_stages_authenticator_sms.authenticatorsmsstage"),
	STAGES_AUTHENTICATOR_SMS_SMSDEVICE("authentik_stages_authenticator_sms.smsdevice"),
	STAGES_AUTHENTICATOR_STATIC_AUTHENTICATORSTATICSTAGE(
			"authentik_stages_authenticator_static.authenticatorstaticstage"),
	STAGES_AUTHENTICATOR_STATIC_STATICDEVICE("authentik_stages_authenticator_static.staticdevice"),
	STAGES_AUTHENTICATOR_TOTP_AUTHENTICATORTOTPSTAGE("authentik_stages_authenticator_totp.authenticatortotpstage"),
	STAGES_AUTHENTICATOR_TOTP_TOTPDEVICE("authentik_stages_authenticator_totp.totpdevice"),
	STAGES_AUTHENTICATOR_VALIDATE_AUTHENTICATORVALIDATESTAGE(
			"authentik_stages_authenticator_validate.authenticatorvalidatestage"),
	STAGES_AUTHENTICATOR_WEBAUTHN_AUTHENTICATORWEBAUTHNSTAGE(
			"authentik_stages_authenticator_webauthn.authenticatorwebauthnstage"),
	STAGES_AUTHENTICATOR_WEBAUTHN_WEBAUTHNDEVICE("authentik_stages_authenticator_webauthn.webauthndevice"),
	STAGES_CAPTCHA_CAPTCHASTAGE("authentik_stages_captcha.captchastage"),
	STAGES_CONSENT_CONSENTSTAGE("authentik_stages_consent.consentstage"),
	STAGES_DENY_DENYSTAGE("authentik_stages_deny.denystage"),
	STAGES_DUMMY_DUMMYSTAGE("authentik_stages_dummy.dummystage"),
	STAGES_EMAIL_EMAILSTAGE("authentik_stages_email.emailstage"),
	STAGES_IDENTIFICATION_IDENTIFICATIONSTAGE("authentik_stages_identification.identificationstage"),
	STAGES_INVITATION_INVITATIONSTAGE("authentik_stages_invitation.invitationstage"),
	STAGES_INVITATION_INVITATION("authentik_stages_invitation.invitation"),
	STAGES_PASSWORD_PASSWORDSTAGE("authentik_stages_password.passwordstage"),
	STAGES_PROMPT_PROMPT("authentik_stages_prompt.prompt"),
	STAGES_PROMPT_PROMPTSTAGE("authentik_stages_prompt.promptstage"),
	STAGES_REDIRECT_REDIRECTSTAGE("authentik_stages_redirect.redirectstage"),
	STAGES_USER_DELETE_USERDELETESTAGE("authentik_stages_user_delete.userdeletestage"),
	STAGES_USER_LOGIN_USERLOGINSTAGE("authentik_stages_user_login.userloginstage"),
	STAGES_USER_LOGOUT_USERLOGOUTSTAGE("authentik_stages_user_logout.userlogoutstage"),
	STAGES_USER_WRITE_USERWRITESTAGE("authentik_stages_user_write.userwritestage"),
	TASKS_SCHEDULES_SCHEDULE("authentik_tasks_schedules.schedule"), BRANDS_BRAND("authentik_brands.brand"),
	BLUEPRINTS_BLUEPRINTINSTANCE("authentik_blueprints.blueprintinstance"),
	AGENTS_AGENT("authentik_agents.agent", Difference.RBAC_2026_5),
	ENDPOINTS_CONNECTORS_FLEET_FLEETCONNECTOR("authentik_endpoints_connectors_fleet.fleetconnector",
			Difference.SCHEMA_2026),
	ENDPOINTS_CONNECTORS_GOOGLE_CHROME_GOOGLECHROMECONNECTOR(
			"authentik_endpoints_connectors_google_chrome.googlechromeconnector", Difference.RBAC_2026_5),
	LIFECYCLE_LIFECYCLERULE("authentik_lifecycle.lifecyclerule", Difference.SCHEMA_2026),
	LIFECYCLE_LIFECYCLEITERATION("authentik_lifecycle.lifecycleiteration", Difference.SCHEMA_2026),
	LIFECYCLE_REVIEW("authentik_lifecycle.review", Difference.SCHEMA_2026),
	LIFECYCLE_USEROFFBOARDING("authentik_lifecycle.useroffboarding", Difference.RBAC_2026_5),
	POLICIES_UNIQUE_PASSWORD_UNIQUEPASSWORDPOLICY("authentik_policies_unique_password.uniquepasswordpolicy"),
	PROVIDERS_GOOGLE_WORKSPACE_GOOGLEWORKSPACEPROVIDER("authentik_providers_google_workspace.googleworkspaceprovider"),
	PROVIDERS_GOOGLE_WORKSPACE_GOOGLEWORKSPACEPROVIDERMAPPING(
			"authentik_providers_google_workspace.googleworkspaceprovidermapping"),
	PROVIDERS_MICROSOFT_ENTRA_MICROSOFTENTRAPROVIDER("authentik_providers_microsoft_entra.microsoftentraprovider"),
	PROVIDERS_MICROSOFT_ENTRA_MICROSOFTENTRAPROVIDERMAPPING(
			"authentik_providers_microsoft_entra.microsoftentraprovidermapping"),
	PROVIDERS_SSF_SSFPROVIDER("authentik_providers_ssf.ssfprovider"),
	PROVIDERS_WS_FEDERATION_WSFEDERATIONPROVIDER("authentik_providers_ws_federation.wsfederationprovider",
			Difference.SCHEMA_2026),
	REPORTS_DATAEXPORT("authentik_reports.dataexport", Difference.SCHEMA_2026),
	REQUESTS_REQUESTRULECHILDBINDING("authentik_requests.requestrulechildbinding", Difference.RBAC_2026_5),
	REQUESTS_REQUESTRULEBINDING("authentik_requests.requestrulebinding", Difference.RBAC_2026_5),
	REQUESTS_REQUESTRULE("authentik_requests.requestrule", Difference.RBAC_2026_5),
	REQUESTS_GRANTREQUEST("authentik_requests.grantrequest", Difference.RBAC_2026_5),
	STAGES_ACCOUNT_LOCKDOWN_ACCOUNTLOCKDOWNSTAGE("authentik_stages_account_lockdown.accountlockdownstage",
			Difference.RBAC_2026_5),
	STAGES_AUTHENTICATOR_ENDPOINT_GDTC_AUTHENTICATORENDPOINTGDTCSTAGE(
			"authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage"),
	STAGES_MTLS_MUTUALTLSSTAGE("authentik_stages_mtls.mutualtlsstage"),
	STAGES_SOURCE_SOURCESTAGE("authentik_stages_source.sourcestage"),
	STAGES_CONSENT_USERCONSENT("authentik_stages_consent.userconsent", Difference.USER_PERMISSIONS);

	private final String value;

	private final Difference offeredWith;

	AuthentikModel(String value) {
		this(value, null);
	}

	AuthentikModel(String value, Difference offeredWith) {
		this.value = value;
		this.offeredWith = offeredWith;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

	@Override
	public Difference offeredWith() {
		return offeredWith;
	}

	/**
	 * The permissions of the {@code model} filter's model (none for a model of
	 * authentik's that this service does not have); django-filter's errors when it is
	 * missing or not a choice of the line's.
	 */
	static String[] permissionsOf(String model, ApiSchema schema) {
		if (model == null || model.isEmpty()) {
			throw ValidationFailedException.of("model", ErrorTexts.REQUIRED);
		}
		if (!WireEnum.values(AuthentikModel.class, schema).contains(model)) {
			throw ValidationFailedException.of("model", ErrorTexts.filterChoice(model));
		}
		ApiModel served = ApiModel.ofLabel(model);
		return Arrays.stream(ApiPermission.values())
			.filter(permission -> permission.model() == served)
			.map(ApiPermission::value)
			.toArray(String[]::new);
	}

}
