<?php
/**
 * Plugin Name:       Layered Notice
 * Plugin URI:        https://github.com/layered-notice/layered-notice
 * Description:       Shows a privacy notice as an accessible, layered notice (the &lt;layered-notice&gt; web component), as a block or a [layered_notice] shortcode. No remote requests: the script and its interface languages are served from this plugin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       layered-notice
 *
 * @package LayeredNotice
 */

defined( 'ABSPATH' ) || exit;

define( 'LAYERED_NOTICE_VERSION', '0.1.0' );
define( 'LAYERED_NOTICE_DIR', __DIR__ );

require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/content-filter.php';
require_once __DIR__ . '/includes/uploads.php';

add_action( 'init', 'layered_notice_register' );

/**
 * Registers the script (enqueued only on pages that show a notice), the block and the shortcode.
 */
function layered_notice_register() {
	// In the footer: the element shows its fallback link until the script runs, so nothing waits for it.
	wp_register_script(
		'layered-notice',
		plugins_url( 'assets/layered-notice.iife.js', __FILE__ ),
		array(),
		LAYERED_NOTICE_VERSION,
		true
	);
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'layered_notice_render_block' ) );
	add_shortcode( 'layered_notice', 'layered_notice_shortcode' );
}

/**
 * Server render of the block: the same markup as the shortcode.
 *
 * @param array $attributes Block attributes (see block/block.json).
 * @return string
 */
function layered_notice_render_block( $attributes ) {
	$src = isset( $attributes['src'] ) ? $attributes['src'] : '';
	if ( ! empty( $attributes['mediaId'] ) ) {
		$media_url = wp_get_attachment_url( (int) $attributes['mediaId'] );
		if ( $media_url ) {
			$src = $media_url;
		}
	}
	return layered_notice_markup(
		array(
			'src'           => $src,
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'heading-level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2,
			'fallback-url'  => isset( $attributes['fallbackUrl'] ) ? $attributes['fallbackUrl'] : '',
			'fallback-text' => isset( $attributes['fallbackText'] ) ? $attributes['fallbackText'] : '',
		)
	);
}

/**
 * `[layered_notice src="/wp-content/uploads/privacy/parking.json" lang="cy" heading-level="2"
 * fallback-url="/privacy/parking" fallback-text="Read our privacy notice"]`.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function layered_notice_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'media'         => '',
			'lang'          => '',
			'heading-level' => 2,
			'fallback-url'  => '',
			'fallback-text' => '',
		),
		$atts,
		'layered_notice'
	);
	if ( '' !== $atts['media'] ) {
		$media_url = wp_get_attachment_url( absint( $atts['media'] ) );
		if ( $media_url ) {
			$atts['src'] = $media_url;
		}
	}
	return layered_notice_markup( $atts );
}
