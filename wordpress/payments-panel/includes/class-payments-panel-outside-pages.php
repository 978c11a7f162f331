<?php
/**
 * The reference backend simulates WordPress.com (`/wpcom/`), Stripe's verification and Express
 * dashboard (`/stripe/`) and WordPress.com's way back into the site (`/api/v1/connect/return`),
 * so every flow can be walked without the real ones. The panel sends the browser to those
 * addresses on the site; this forwards them to the backend, for users who may use the panel
 * (others are sent to log in). With the real services these pages are theirs, not the site's.
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

/**
 * The pass-through of the simulated outside pages.
 */
class Payments_Panel_Outside_Pages {

	/**
	 * The path prefixes the backend serves for the simulated outside world.
	 */
	const PREFIXES = array( '/wpcom/', '/wpcom?', '/stripe/', '/simulated/', '/api/v1/connect/return' );

	/**
	 * The answer's headers that reach the browser.
	 */
	const PASSED_HEADERS = array( 'content-type', 'location', 'cache-control', 'content-security-policy' );

	/**
	 * On the site's front end: forwards a request for a simulated outside page and ends it.
	 */
	public static function maybe_forward() {
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( $_SERVER['REQUEST_URI'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- compared, then sent on as the path.
		$path = (string) wp_make_link_relative( home_url( '/' ) );
		$uri  = '/' . ltrim( substr( $uri, strlen( rtrim( $path, '/' ) ) ), '/' );
		if ( ! self::is_outside_page( $uri ) ) {
			return;
		}
		if ( ! is_user_logged_in() ) {
			auth_redirect();
		}
		if ( ! current_user_can( Payments_Panel_Screens::capability() ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage payments.', 'payments-panel' ), 403 );
		}
		$method       = isset( $_SERVER['REQUEST_METHOD'] ) && 'POST' === $_SERVER['REQUEST_METHOD'] ? 'POST' : 'GET';
		$body         = 'POST' === $method ? (string) file_get_contents( 'php://input' ) : '';
		$content_type = isset( $_SERVER['CONTENT_TYPE'] ) ? sanitize_text_field( wp_unslash( $_SERVER['CONTENT_TYPE'] ) ) : 'application/x-www-form-urlencoded';
		$answer       = Payments_Panel_Backend::forward( $method, $uri, $body, $content_type );
		if ( is_wp_error( $answer ) ) {
			wp_die( esc_html( $answer->get_error_message() ), esc_html__( 'Payments', 'payments-panel' ), array( 'response' => 502 ) );
		}
		status_header( $answer['status'] );
		foreach ( self::PASSED_HEADERS as $name ) {
			if ( isset( $answer['headers'][ $name ] ) ) {
				header( $name . ': ' . $answer['headers'][ $name ] );
			}
		}
		echo $answer['body']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the backend's own page, escaped there.
		exit;
	}

	/**
	 * Whether `$uri` (a path with its query) is one of the simulated outside pages.
	 *
	 * @param string $uri The request's path and query, relative to the site.
	 * @return bool
	 */
	private static function is_outside_page( $uri ) {
		foreach ( self::PREFIXES as $prefix ) {
			if ( 0 === strpos( $uri, $prefix ) ) {
				return true;
			}
		}
		return '/wpcom' === $uri;
	}
}
