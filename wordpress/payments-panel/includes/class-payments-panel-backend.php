<?php
/**
 * The panel's backend, reached server-side as a trusted service: its address and the shared
 * secret come from wp-config.php (`PAYMENTS_PANEL_BACKEND_URL`, `PAYMENTS_PANEL_SERVICE_KEY`,
 * the backend's `data/service_key`); every call names the WordPress user acting.
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

/**
 * Forwards one request to the backend.
 */
class Payments_Panel_Backend {

	/**
	 * How long to wait for the backend, in seconds (the panel itself gives up after 20).
	 */
	const TIMEOUT = 15;

	/**
	 * Sends `$method` `$path` (with its query string) and `$body` to the backend as the current
	 * user, following no redirect.
	 *
	 * @param string $method       GET or POST.
	 * @param string $path         The path on the backend, such as `/api/v1/status?x=1`.
	 * @param string $body         The request's body ('' for none).
	 * @param string $content_type The body's type.
	 * @return array|WP_Error `status`, `headers` and `body` of the answer, or why there is none
	 *                        (codes `backend_not_configured`, `backend_unreachable`).
	 */
	public static function forward( $method, $path, $body, $content_type ) {
		if ( ! defined( 'PAYMENTS_PANEL_BACKEND_URL' ) || ! defined( 'PAYMENTS_PANEL_SERVICE_KEY' ) || '' === PAYMENTS_PANEL_SERVICE_KEY ) {
			return new WP_Error(
				'backend_not_configured',
				__( 'The Payments panel does not know its backend yet: define PAYMENTS_PANEL_BACKEND_URL and PAYMENTS_PANEL_SERVICE_KEY in wp-config.php.', 'payments-panel' ),
				array( 'status' => 503 )
			);
		}
		$user    = wp_get_current_user();
		$headers = array(
			'Accept'                    => 'application/json',
			'X-Panel-Service-Key'       => PAYMENTS_PANEL_SERVICE_KEY,
			'X-Panel-Acting-Admin'      => $user->user_login,
			'X-Panel-Acting-Admin-Name' => $user->display_name,
		);
		if ( '' !== $body ) {
			$headers['Content-Type'] = $content_type;
		}
		$answer = wp_remote_request(
			untrailingslashit( PAYMENTS_PANEL_BACKEND_URL ) . $path,
			array(
				'method'      => $method,
				'headers'     => $headers,
				'body'        => '' === $body ? null : $body,
				'timeout'     => self::TIMEOUT,
				'redirection' => 0,
			)
		);
		if ( is_wp_error( $answer ) ) {
			return new WP_Error(
				'backend_unreachable',
				/* translators: %s: why the request failed. */
				sprintf( __( 'The Payments panel could not reach its backend (%s). Try again in a moment; if it keeps failing, check that the backend is running.', 'payments-panel' ), $answer->get_error_message() ),
				array( 'status' => 502 )
			);
		}
		return array(
			'status'  => (int) wp_remote_retrieve_response_code( $answer ),
			'headers' => wp_remote_retrieve_headers( $answer ),
			'body'    => wp_remote_retrieve_body( $answer ),
		);
	}
}
