<?php
/**
 * Plugin Name:       Payments panel
 * Description:       The WooPayments connection panel in wp-admin: connect the store to WordPress.com, see whether it can take payments, change or repair the connection. Talks to the panel's backend server-side.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           GPL-2.0-or-later
 * Text Domain:       payments-panel
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

define( 'PAYMENTS_PANEL_VERSION', '0.1.0' );
define( 'PAYMENTS_PANEL_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-payments-panel-backend.php';
require_once __DIR__ . '/includes/class-payments-panel-screens.php';
require_once __DIR__ . '/includes/class-payments-panel-admin-page.php';
require_once __DIR__ . '/includes/class-payments-panel-rest-proxy.php';
require_once __DIR__ . '/includes/class-payments-panel-outside-pages.php';

add_action( 'init', 'payments_panel_load_textdomain' );
add_action( 'admin_menu', array( 'Payments_Panel_Admin_Page', 'register_menu' ) );
add_action( 'admin_enqueue_scripts', array( 'Payments_Panel_Admin_Page', 'enqueue_assets' ) );
add_filter( 'script_loader_tag', array( 'Payments_Panel_Admin_Page', 'as_module' ), 10, 2 );
add_filter( 'parent_file', array( 'Payments_Panel_Admin_Page', 'highlight_parent' ) );
add_filter( 'submenu_file', array( 'Payments_Panel_Admin_Page', 'highlight_submenu' ) );
add_action( 'rest_api_init', array( 'Payments_Panel_Rest_Proxy', 'register_routes' ) );
add_action( 'parse_request', array( 'Payments_Panel_Outside_Pages', 'maybe_forward' ), 0 );

/**
 * Loads the plugin's PHP translations (its menu, its errors): a language pack's from
 * `wp-content/languages/plugins/` first, as WordPress does, else the plugin's own `languages/`
 * (`payments-panel-<locale>.mo`, built by `make pot`). The panel's own sentences come from the
 * Jed file its mount element names.
 */
function payments_panel_load_textdomain() {
	load_plugin_textdomain( 'payments-panel', false, dirname( plugin_basename( PAYMENTS_PANEL_FILE ) ) . '/languages' );
}
