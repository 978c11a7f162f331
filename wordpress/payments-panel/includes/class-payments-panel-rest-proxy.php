<?php
/**
 * The panel's API in WordPress's REST API: `/wp-json/payments-panel/v1/<path>` is the backend's
 * `/api/v1/<path>`. WordPress checks the user (its cookie and the `X-WP-Nonce` header: a cookie
 * without the nonce counts as logged out) and the capability; the call then goes on to the
 * backend server-side, and its status and JSON come back unchanged. Failures of either side
 * are the panel's typed JSON errors (`code` and `message`).
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

/**
 * The REST routes.
 */
class Payments_Panel_Rest_Proxy {

	/**
	 * The routes' namespace.
	 */
	const NAMESPACE = 'payments-panel/v1';

	/**
	 * Registers one route for every path of the panel's API.
	 */
	public static function register_routes() {
		register_rest_route(
			self::NAMESPACE,
			'/(?P<path>[a-z0-9_\-/]+)',
			array(
				'methods'             => array( 'GET', 'POST' ),
				'callback'            => array( __CLASS__, 'forward' ),
				'permission_callback' => array( __CLASS__, 'allowed' ),
				'args'                => array(),
			)
		);
	}

	/**
	 * Whether the current user may use the panel (logged out: 401; without the capability: 403).
	 *
	 * @return bool|WP_Error
	 */
	public static function allowed() {
		if ( current_user_can( Payments_Panel_Screens::capability() ) ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to manage payments. Log in to wp-admin as a store manager and reload the page.', 'payments-panel' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Forwards the request to the backend and answers what it answered.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function forward( WP_REST_Request $request ) {
		$query = $request->get_query_params();
		unset( $query['rest_route'] );
		$path = '/api/v1/' . $request->get_param( 'path' );
		if ( array() !== $query ) {
			$path .= '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 );
		}
		$answer = Payments_Panel_Backend::forward( $request->get_method(), $path, (string) $request->get_body(), 'application/json' );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$json = json_decode( $answer['body'] );
		if ( null === $json && 'null' !== trim( $answer['body'] ) ) {
			return new WP_Error(
				'backend_unreadable',
				__( 'The Payments panel\'s backend sent an answer that is not JSON. Try again; if it keeps happening, check the backend\'s address in wp-config.php.', 'payments-panel' ),
				array( 'status' => 502 )
			);
		}
		$response = new WP_REST_Response( $json, $answer['status'] );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
