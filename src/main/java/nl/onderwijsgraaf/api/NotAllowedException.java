package nl.onderwijsgraaf.api;

import java.security.Principal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A read the caller may not make: {@code UNAUTHENTICATED} without a token, {@code FORBIDDEN} with a token that lacks
 * the role.
 */
public class NotAllowedException extends RuntimeException {

	private final boolean authenticated;

	private NotAllowedException(boolean authenticated, String message) {
		super(message);
		this.authenticated = authenticated;
	}

	/** Passes when {@code caller} holds {@code role}; {@code what} names the read in the error. */
	public static void requireRole(Principal caller, String role, String what) {
		if (!(caller instanceof Authentication authentication) || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new NotAllowedException(false, what + " needs a token: send `Authorization: Bearer <token>`");
		}
		if (authentication.getAuthorities().stream().noneMatch((a) -> ("ROLE_" + role).equals(a.getAuthority()))) {
			throw new NotAllowedException(true, what + " is for tokens with role " + role);
		}
	}

	public ErrorCode code() {
		return this.authenticated ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
	}

	public boolean authenticated() {
		return this.authenticated;
	}

}
