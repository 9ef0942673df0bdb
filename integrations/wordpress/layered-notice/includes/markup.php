<?php
/**
 * The element's markup, escaped, with its fallback link.
 *
 * @package LayeredNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * A language tag the element accepts: BCP 47 letters, digits and hyphens only (RFC 5646).
 *
 * @param string $tag Tag from an editor.
 * @return string The tag, or '' when it is not one.
 */
function layered_notice_language_tag( $tag ) {
	$tag = trim( (string) $tag );
	return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/', $tag ) ? $tag : '';
}

/**
 * The payload address: a path on this site or an http(s) URL. Anything else (javascript:, data:) is dropped.
 *
 * @param string $url Address from an editor.
 * @return string
 */
function layered_notice_payload_url( $url ) {
	return esc_url( trim( (string) $url ), array( 'http', 'https' ) );
}

/**
 * `<layered-notice>` with a fallback link that stays visible if the script or the payload fails.
 * Enqueues the script, so it loads only on pages that show a notice.
 *
 * @param array $atts src, lang, heading-level, fallback-url, fallback-text.
 * @return string
 */
function layered_notice_markup( $atts ) {
	$src = layered_notice_payload_url( isset( $atts['src'] ) ? $atts['src'] : '' );
	if ( '' === $src ) {
		// Say what is wrong to the people who can fix it; show readers nothing broken.
		return current_user_can( 'edit_posts' )
			? '<p class="layered-notice-error">' . esc_html__( 'Layered Notice: give the notice file as src="/wp-content/uploads/…/notice.json" or choose it from the media library.', 'layered-notice' ) . '</p>'
			: '';
	}
	$lang          = layered_notice_language_tag( isset( $atts['lang'] ) ? $atts['lang'] : '' );
	$level         = min( 6, max( 1, absint( isset( $atts['heading-level'] ) ? $atts['heading-level'] : 2 ) ) );
	$fallback_url  = layered_notice_payload_url( isset( $atts['fallback-url'] ) ? $atts['fallback-url'] : '' );
	$fallback_text = isset( $atts['fallback-text'] ) ? trim( (string) $atts['fallback-text'] ) : '';
	if ( '' === $fallback_text ) {
		$fallback_text = __( 'Read our privacy notice', 'layered-notice' );
	}
	wp_enqueue_script( 'layered-notice' );
	return sprintf(
		'<layered-notice src="%1$s"%2$s heading-level="%3$d"><a href="%4$s">%5$s</a></layered-notice>',
		esc_attr( $src ),
		'' === $lang ? '' : ' lang="' . esc_attr( $lang ) . '"',
		$level,
		esc_url( '' === $fallback_url ? $src : $fallback_url ),
		esc_html( $fallback_text )
	);
}
