package authorizationserver;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The server's RSA keys, all published; the newest signs ({@link #rotate()} adds one).
 */
public final class SigningKeys implements JWKSource<SecurityContext> {

	private final List<JWK> keys = new CopyOnWriteArrayList<>();

	SigningKeys() {
		rotate();
	}

	/** A new key, published beside the old ones and signing from now on; its id. */
	public String rotate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			keys.add(key);
			return key.getKeyID();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The id of the key that signs now. */
	public String current() {
		return keys.get(keys.size() - 1).getKeyID();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(new JWKSet(List.copyOf(keys)));
	}

}
