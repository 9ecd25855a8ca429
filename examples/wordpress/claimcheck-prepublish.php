<?php
/**
 * Plugin Name: claimcheck pre-publish check
 * Description: Stops publishing a post whose facts disagree with its sources, using the claimcheck HTTP check.
 * Version:     0.1.0
 * License:     MIT
 *
 * Install: copy this file to wp-content/plugins/claimcheck-prepublish/claimcheck-prepublish.php
 * and activate it. Run `claimcheck serve --token "$CLAIMCHECK_TOKEN"` where WordPress can reach
 * it (loopback by default) and set, in wp-config.php:
 *
 *     define( 'CLAIMCHECK_URL', 'http://127.0.0.1:8765' );
 *     define( 'CLAIMCHECK_TOKEN', '...' );          // the token the server was started with
 *     define( 'CLAIMCHECK_FAIL_CLOSED', false );    // true: refuse to publish when the check is down
 *
 * The filter `rest_pre_insert_post` runs for every REST write of a post, which is how the block
 * editor saves. Drafts always save; only a post becoming (or staying) published or scheduled is
 * checked. Sources are the post meta `claimcheck_sources` (a JSON array of documents, each with
 * `id` and `text`, optionally `format`, `published`, `outlet`, `url`), or whatever a site returns
 * from the `claimcheck_sources` filter.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The documents a post was written from.
 *
 * @param int $post_id The post, or 0 for a new one.
 * @return array[] Documents in the shape of the claimcheck API.
 */
function claimcheck_post_sources( $post_id ) {
	$sources = array();
	if ( $post_id ) {
		$stored = get_post_meta( $post_id, 'claimcheck_sources', true );
		$decoded = is_string( $stored ) ? json_decode( $stored, true ) : $stored;
		if ( is_array( $decoded ) ) {
			$sources = $decoded;
		}
	}
	return apply_filters( 'claimcheck_sources', $sources, $post_id );
}

/**
 * One finding as a line an editor reads.
 *
 * @param array $finding A finding from the response.
 * @return string
 */
function claimcheck_describe( $finding ) {
	$others = array();
	foreach ( $finding['related'] as $related ) {
		$others[] = sprintf( '%s: “%s”', $related['path'], $related['text'] );
	}
	return sprintf(
		'%s: %s (here “%s”; %s)',
		$finding['code'],
		$finding['message'],
		$finding['location']['text'],
		implode( '; ', $others )
	);
}

/**
 * Check a post on its way to being published; a WP_Error stops the save.
 *
 * @param stdClass|WP_Error $prepared_post The post about to be written.
 * @param WP_REST_Request   $request       The REST request.
 * @return stdClass|WP_Error
 */
function claimcheck_rest_pre_insert_post( $prepared_post, $request ) {
	if ( is_wp_error( $prepared_post ) ) {
		return $prepared_post;
	}
	$post_id  = isset( $prepared_post->ID ) ? (int) $prepared_post->ID : 0;
	$existing = $post_id ? get_post( $post_id ) : null;
	$status   = isset( $prepared_post->post_status ) ? $prepared_post->post_status : ( $existing ? $existing->post_status : 'draft' );
	if ( ! in_array( $status, array( 'publish', 'future' ), true ) ) {
		return $prepared_post; // drafts, pending review and private posts always save
	}
	$sources = claimcheck_post_sources( $post_id );
	if ( empty( $sources ) ) {
		return $prepared_post;
	}
	$content = isset( $prepared_post->post_content ) ? $prepared_post->post_content : ( $existing ? $existing->post_content : '' );
	$title   = isset( $prepared_post->post_title ) ? $prepared_post->post_title : ( $existing ? $existing->post_title : '' );
	$date    = isset( $prepared_post->post_date ) ? $prepared_post->post_date : ( $existing ? $existing->post_date : '' );

	$payload = array(
		'draft'    => array(
			'id'        => 'post-' . ( $post_id ? $post_id : 'new' ),
			'text'      => '<h1>' . esc_html( $title ) . "</h1>\n" . $content,
			'format'    => 'html',
			'published' => $date ? substr( $date, 0, 10 ) : wp_date( 'Y-m-d' ),
			'url'       => $post_id ? ( get_permalink( $post_id ) ?: null ) : null,
		),
		'sources'  => array_values( $sources ),
		'revision' => $existing ? (string) strtotime( $existing->post_modified_gmt ) : null,
	);

	$headers = array( 'Content-Type' => 'application/json' );
	if ( defined( 'CLAIMCHECK_TOKEN' ) && CLAIMCHECK_TOKEN ) {
		$headers['Authorization'] = 'Bearer ' . CLAIMCHECK_TOKEN;
	}
	$base     = defined( 'CLAIMCHECK_URL' ) ? CLAIMCHECK_URL : 'http://127.0.0.1:8765';
	$response = wp_remote_post(
		rtrim( $base, '/' ) . '/v1/check',
		array(
			'headers' => $headers,
			'body'    => wp_json_encode( $payload ),
			'timeout' => 6, // the server answers within its own deadline (3 s by default)
		)
	);
	$fail_closed = defined( 'CLAIMCHECK_FAIL_CLOSED' ) && CLAIMCHECK_FAIL_CLOSED;

	if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
		$why = is_wp_error( $response )
			? $response->get_error_message()
			: wp_remote_retrieve_response_code( $response ) . ' ' . wp_remote_retrieve_body( $response );
		error_log( 'claimcheck: the check failed: ' . $why );
		if ( $fail_closed ) {
			return new WP_Error( 'claimcheck_unavailable', 'The fact check is unavailable, so this post was not published: ' . $why, array( 'status' => 503 ) );
		}
		return $prepared_post;
	}

	$result = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $result ) || ! isset( $result['decision'] ) ) {
		return $fail_closed
			? new WP_Error( 'claimcheck_unavailable', 'The fact check answered something unexpected.', array( 'status' => 502 ) )
			: $prepared_post;
	}
	if ( 'block' === $result['decision'] ) {
		$lines = array();
		foreach ( $result['findings'] as $finding ) {
			if ( 'error' === $finding['severity'] ) {
				$lines[] = claimcheck_describe( $finding );
			}
		}
		return new WP_Error(
			'claimcheck_blocked',
			'Not published: statements disagree with the sources. ' . implode( ' | ', $lines ),
			array(
				'status'   => 409,
				'findings' => $result['findings'],
			)
		);
	}
	if ( empty( $result['complete'] ) && $fail_closed ) {
		return new WP_Error( 'claimcheck_incomplete', 'The fact check did not finish (' . $result['incomplete_reason'] . '); try again.', array( 'status' => 503 ) );
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'claimcheck_rest_pre_insert_post', 10, 2 );
