<?php
/**
 * The router of PHP's built-in server for the end-to-end tests' WordPress: /wp-content/ from the
 * run's own WP_CONTENT_DIR, WordPress's real files as they are, everything else to index.php
 * (the pretty permalinks Apache's rewrite rules would give).
 *
 * @package PaymentsPanel
 */

$payments_panel_root = '/usr/share/wordpress';
$payments_panel_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strncmp( $payments_panel_path, '/wp-content/', 12 ) && false === strpos( $payments_panel_path, '..' ) ) {
	$payments_panel_file = getenv( 'WP_TEST_ROOT' ) . $payments_panel_path;
	if ( is_file( $payments_panel_file ) ) {
		if ( '.php' === substr( $payments_panel_file, -4 ) ) {
			chdir( dirname( $payments_panel_file ) );
			require $payments_panel_file;
			return true;
		}
		$payments_panel_types = array(
			'css'   => 'text/css',
			'js'    => 'text/javascript',
			'json'  => 'application/json',
			'svg'   => 'image/svg+xml',
			'png'   => 'image/png',
			'woff2' => 'font/woff2',
			'wasm'  => 'application/wasm',
		);
		$payments_panel_ext   = strtolower( pathinfo( $payments_panel_file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( $payments_panel_types[ $payments_panel_ext ] ?? mime_content_type( $payments_panel_file ) ) );
		readfile( $payments_panel_file );
		return true;
	}
}
if ( '/' !== $payments_panel_path && file_exists( $payments_panel_root . $payments_panel_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $payments_panel_root . '/index.php';
chdir( $payments_panel_root );
require $payments_panel_root . '/index.php';
return true;
