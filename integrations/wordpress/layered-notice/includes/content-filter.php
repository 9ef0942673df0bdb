<?php
/**
 * The content filter (kses): which roles may keep a pasted <layered-notice> element, and loading the
 * script on pages that contain one.
 *
 * @package LayeredNotice
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'layered_notice_allowed_html', 10, 2 );
add_filter( 'the_content', 'layered_notice_enqueue_for_content', 100 );

/**
 * Lets people who publish pages keep a pasted `<layered-notice>` element and its attributes.
 *
 * WordPress removes elements it does not know from the content of anyone without the
 * `unfiltered_html` capability (authors and contributors always; editors and administrators too when
 * the site sets DISALLOW_UNFILTERED_HTML, as hardening guides advise, and on multisite). `<script>` is
 * never let through: the plugin loads the script itself. `src` is a URL attribute for kses, so only
 * http(s) and relative addresses survive. `locales` is not allowed: where the interface strings come
 * from is the site's choice, not a page editor's.
 *
 * @param array  $tags    Allowed elements and attributes.
 * @param string $context Filter context.
 * @return array
 */
function layered_notice_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! current_user_can( 'publish_pages' ) ) {
		return $tags;
	}
	$tags['layered-notice'] = array(
		'src'           => true,
		'lang'          => true,
		'heading-level' => true,
		'purpose'       => true,
		'full'          => true,
	);
	return $tags;
}

/**
 * Enqueues the script when the content holds the element written as HTML (the block and the
 * shortcode enqueue it themselves). Runs during the content, so WordPress prints it in the footer.
 *
 * @param string $content Post content.
 * @return string Unchanged.
 */
function layered_notice_enqueue_for_content( $content ) {
	if ( false !== strpos( $content, '<layered-notice' ) ) {
		wp_enqueue_script( 'layered-notice' );
	}
	return $content;
}
