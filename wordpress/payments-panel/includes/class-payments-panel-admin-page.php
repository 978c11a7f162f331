<?php
/**
 * The Payments menu and its pages: each page is the panel's mount element, configured by data
 * attributes (no inline script, so a strict Content-Security-Policy holds), and the bundle,
 * enqueued as a module.
 *
 * @package PaymentsPanel
 */

defined( 'ABSPATH' ) || exit;

/**
 * The wp-admin side of the panel.
 */
class Payments_Panel_Admin_Page {

	/**
	 * The handle of the bundle's boot module (and of its stylesheets, with a suffix).
	 */
	const HANDLE = 'payments-panel';

	/**
	 * Adds **Payments** to wp-admin's menu, with the panel's screens as its submenu, for users
	 * with the panel's capability (as WooPayments adds its menu).
	 */
	public static function register_menu() {
		$capability = Payments_Panel_Screens::capability();
		$render     = array( __CLASS__, 'render' );
		$overview   = Payments_Panel_Screens::OVERVIEW_SLUG;
		add_menu_page( __( 'Payments', 'payments-panel' ), __( 'Payments', 'payments-panel' ), $capability, $overview, $render, 'dashicons-money-alt', '56' );
		foreach ( Payments_Panel_Screens::in_menu() as $segment => $label ) {
			add_submenu_page( $overview, $label, $label, $capability, Payments_Panel_Screens::slug( $segment ), $render );
		}
		// Reached from the panel's own links only: registered under no menu entry.
		foreach ( Payments_Panel_Screens::outside_menu() as $segment => $title ) {
			add_submenu_page( '', $title, $title, $capability, Payments_Panel_Screens::slug( $segment ), $render );
		}
	}

	/**
	 * The current request's `page`, when it is one of the panel's pages; '' otherwise.
	 *
	 * @return string
	 */
	private static function current_page() {
		// Only read to choose what to show; nothing is changed on a GET of a page.
		$page = isset( $_GET['page'] ) ? sanitize_key( wp_unslash( $_GET['page'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		return Payments_Panel_Screens::is_panel_page( $page ) ? $page : '';
	}

	/**
	 * Prints the page: WordPress's `.wrap`, and in it the panel's mount element with its
	 * config (the REST root, the `wp_rest` nonce and the header it travels in, the
	 * Overview's address, that WordPress draws the menu, and the language: the user's locale
	 * from their profile and, when there is one, its translation file).
	 */
	public static function render() {
		$locale       = get_user_locale();
		$translations = self::translations_url( $locale );
		printf(
			'<div class="wrap payments-panel-wrap"><hr class="wp-header-end"><div id="payments-panel" data-api-root="%1$s" data-nonce="%2$s" data-nonce-header="X-WP-Nonce" data-page-url="%3$s" data-host-menu="true" data-locale="%4$s"%5$s></div></div>',
			esc_attr( untrailingslashit( rest_url( Payments_Panel_Rest_Proxy::NAMESPACE ) ) ),
			esc_attr( wp_create_nonce( 'wp_rest' ) ),
			esc_attr( wp_make_link_relative( admin_url( 'admin.php?page=' . Payments_Panel_Screens::OVERVIEW_SLUG ) ) ),
			esc_attr( $locale ),
			'' === $translations ? '' : ' data-translations-url="' . esc_attr( $translations ) . '"'
		);
	}

	/**
	 * The address of the panel's translations for `$locale` (Jed JSON, as `wp i18n make-json`
	 * writes): a language pack's in `wp-content/languages/plugins/` first, as WordPress
	 * prefers, else the one the plugin ships in its `languages/`; '' when neither has it (the
	 * panel then shows English).
	 *
	 * @param string $locale A WordPress locale (`de_DE`).
	 * @return string
	 */
	private static function translations_url( $locale ) {
		if ( ! preg_match( '/^[A-Za-z]{2,3}(_[A-Za-z0-9]+)*$/', $locale ) || 0 === strpos( $locale, 'en_US' ) ) {
			return '';
		}
		$file = 'payments-panel-' . $locale . '.json';
		if ( file_exists( WP_LANG_DIR . '/plugins/' . $file ) ) {
			return content_url( 'languages/plugins/' . $file );
		}
		if ( file_exists( plugin_dir_path( PAYMENTS_PANEL_FILE ) . 'languages/' . $file ) ) {
			return plugin_dir_url( PAYMENTS_PANEL_FILE ) . 'languages/' . $file;
		}
		return '';
	}

	/**
	 * Enqueues the bundle's stylesheets and boot module on the panel's pages only.
	 */
	public static function enqueue_assets() {
		if ( '' === self::current_page() ) {
			return;
		}
		$app = plugin_dir_path( PAYMENTS_PANEL_FILE ) . 'app/';
		$url = plugin_dir_url( PAYMENTS_PANEL_FILE ) . 'app/';
		foreach ( array( 'panel', 'ledger' ) as $sheet ) {
			wp_enqueue_style( self::HANDLE . '-' . $sheet, $url . $sheet . '.css', array(), self::version( $app . $sheet . '.css' ) );
		}
		wp_enqueue_script( self::HANDLE, $url . 'boot.js', array(), self::version( $app . 'boot.js' ), true );
	}

	/**
	 * The bundle's boot script as a module (WordPress 6.1 has no script modules of its own).
	 *
	 * @param string $tag    The `<script>` tag WordPress prints.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function as_module( $tag, $handle ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		return str_replace( '<script ', '<script type="module" ', $tag );
	}

	/**
	 * Keeps **Payments** open in the menu on the pages it has no entry for (Finish setup).
	 *
	 * @param string $parent_file The menu entry WordPress would open.
	 * @return string
	 */
	public static function highlight_parent( $parent_file ) {
		return '' === self::current_page() ? $parent_file : Payments_Panel_Screens::OVERVIEW_SLUG;
	}

	/**
	 * Marks **Overview** current on the pages of the Payments menu that have no entry.
	 *
	 * @param string|null $submenu_file The submenu entry WordPress would mark.
	 * @return string|null
	 */
	public static function highlight_submenu( $submenu_file ) {
		$page = self::current_page();
		foreach ( array_keys( Payments_Panel_Screens::outside_menu() ) as $segment ) {
			if ( Payments_Panel_Screens::slug( $segment ) === $page ) {
				return Payments_Panel_Screens::OVERVIEW_SLUG;
			}
		}
		return $submenu_file;
	}

	/**
	 * A version for `$file` that changes when the file does (so browsers fetch a new bundle).
	 *
	 * @param string $file A file of the bundle.
	 * @return string
	 */
	private static function version( $file ) {
		$modified = file_exists( $file ) ? filemtime( $file ) : 0;
		return PAYMENTS_PANEL_VERSION . '.' . $modified;
	}
}
