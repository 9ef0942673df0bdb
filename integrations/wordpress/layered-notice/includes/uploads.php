<?php
/**
 * Notice files (.json) in the media library, for the people who publish pages.
 *
 * @package LayeredNotice
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'layered_notice_upload_mimes' );
add_filter( 'wp_check_filetype_and_ext', 'layered_notice_check_json', 10, 5 );

/**
 * WordPress refuses .json uploads by default; allow them for users who can publish pages.
 *
 * @param array $mimes Extension => MIME type.
 * @return array
 */
function layered_notice_upload_mimes( $mimes ) {
	if ( current_user_can( 'publish_pages' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/**
 * PHP's fileinfo reports JSON as text/plain or application/json; accept both for a .json name,
 * so the extension check above is not undone by the content check.
 *
 * @param array  $data      ext, type, proper_filename.
 * @param string $file      Path of the uploaded file.
 * @param string $filename  Its name.
 * @param array  $mimes     Allowed types.
 * @param string $real_mime Type fileinfo found.
 * @return array
 */
function layered_notice_check_json( $data, $file, $filename, $mimes, $real_mime = '' ) {
	if ( ! empty( $data['ext'] ) ) {
		return $data;
	}
	$type = wp_check_filetype( $filename, $mimes );
	if ( 'json' === $type['ext'] && in_array( $real_mime, array( 'application/json', 'text/plain' ), true ) ) {
		return array(
			'ext'             => 'json',
			'type'            => 'application/json',
			'proper_filename' => false,
		);
	}
	return $data;
}
