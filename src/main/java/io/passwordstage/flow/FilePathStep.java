package io.passwordstage.flow;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.ObjectFields;
import org.springframework.stereotype.Component;

/** DRF's first step for {@code set_background_url}'s body. */
@Component
class FilePathStep implements DrfStep<FilePathRequest> {

	@Override
	public Class<FilePathRequest> type() {
		return FilePathRequest.class;
	}

	@Override
	public FilePathRequest read(ObjectFields fields) {
		return new FilePathRequest(fields.read("url", DrfCoercion::text), fields.sent());
	}

}
