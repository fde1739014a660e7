package io.passwordstage.rbac;

import io.passwordstage.web.Sent;

/** A body that moves an object permission: the object it is to be on. */
interface ObjectPkRequest {

	String objectPk();

	Sent sent();

}
