<?php
/**
 * The end-to-end tests' WordPress site (installed as /etc/wordpress/config-127.0.0.1.php by
 * scripts/setup.sh). Debian's wp-config.php loads it for the host 127.0.0.1 on any port;
 * everything that differs between runs comes from the environment of the PHP server that
 * e2e/support/wordpress.js starts, so several sites can run side by side.
 *
 * @package PaymentsPanel
 */

$payments_panel_test_root = getenv( 'WP_TEST_ROOT' ) ? getenv( 'WP_TEST_ROOT' ) : '/var/tmp/wp-test';
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp-pass' );
define( 'DB_HOST', 'localhost:' . $payments_panel_test_root . '/mysqld.sock' );
define( 'WP_CONTENT_DIR', $payments_panel_test_root . '/wp-content' );
define( 'WP_HOME', getenv( 'WP_TEST_URL' ) ? getenv( 'WP_TEST_URL' ) : 'http://127.0.0.1:8085' );
define( 'WP_SITEURL', WP_HOME );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', $payments_panel_test_root . '/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
// Where the plugin forwards the panel's requests, as an owner would write it into wp-config.php.
if ( getenv( 'PAYMENTS_PANEL_BACKEND_URL' ) ) {
	define( 'PAYMENTS_PANEL_BACKEND_URL', getenv( 'PAYMENTS_PANEL_BACKEND_URL' ) );
	define( 'PAYMENTS_PANEL_SERVICE_KEY', getenv( 'PAYMENTS_PANEL_SERVICE_KEY' ) );
}
