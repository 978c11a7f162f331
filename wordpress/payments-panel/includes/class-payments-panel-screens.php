<?php
/**
 * The panel's screens as wp-admin pages: one page per screen, `admin.php?page=payments-panel`
 * for the Overview and `payments-panel-<segment>` for the others. The panel builds the same
 * addresses from the `data-page-url` it is given (its `app_path.rs`), so WordPress's menu and the
 * panel's own links always agree.
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

/**
 * The screens, their menu labels, and who may see them.
 */
class Payments_Panel_Screens {

	/**
	 * The Overview's page slug; every other screen's is this, `-` and its segment.
	 */
	const OVERVIEW_SLUG = 'payments-panel';

	/**
	 * The screens in the Payments menu, in order: segment => label ('' is the Overview).
	 *
	 * @return array<string, string>
	 */
	public static function in_menu() {
		return array(
			''             => __( 'Overview', 'payments-panel' ),
			'transactions' => __( 'Transactions', 'payments-panel' ),
			'deposits'     => __( 'Deposits', 'payments-panel' ),
			'disputes'     => __( 'Disputes', 'payments-panel' ),
			'account'      => __( 'Account', 'payments-panel' ),
			'change'       => __( 'Change or reset connection', 'payments-panel' ),
			'support'      => __( 'Support', 'payments-panel' ),
			// The reference backend simulates Jetpack and the site's plugins, which flows 2 to 4 walk.
			'jetpack'      => __( 'Jetpack (simulated)', 'payments-panel' ),
			'plugins'      => __( 'Plugins (simulated)', 'payments-panel' ),
		);
	}

	/**
	 * The screens reached from the panel only (no menu entry): segment => title.
	 *
	 * @return array<string, string>
	 */
	public static function outside_menu() {
		return array(
			'connect' => __( 'Finish setup', 'payments-panel' ),
		);
	}

	/**
	 * The page slug of the screen with `$segment`.
	 *
	 * @param string $segment The screen's segment ('' for the Overview).
	 * @return string
	 */
	public static function slug( $segment ) {
		return '' === $segment ? self::OVERVIEW_SLUG : self::OVERVIEW_SLUG . '-' . $segment;
	}

	/**
	 * Whether `$slug` is one of the panel's pages.
	 *
	 * @param string $slug A `page` query value.
	 * @return bool
	 */
	public static function is_panel_page( $slug ) {
		foreach ( array_keys( self::in_menu() + self::outside_menu() ) as $segment ) {
			if ( self::slug( $segment ) === $slug ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The capability the panel needs: WooCommerce's own when it is active, else managing the
	 * site's options (an administrator's). Filter `payments_panel_capability` to change it.
	 *
	 * @return string
	 */
	public static function capability() {
		$capability = class_exists( 'WooCommerce' ) ? 'manage_woocommerce' : 'manage_options';
		return (string) apply_filters( 'payments_panel_capability', $capability );
	}
}
