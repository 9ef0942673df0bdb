/**
 * The block's editor: where the notice file is and how it is labelled. Plain script on WordPress's
 * globals, so the plugin needs no build step. The page shows the notice; the editor shows the settings
 * (the notice itself is rendered by PHP, see layered_notice_render_block).
 */
(function (wp) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;

  wp.blocks.registerBlockType('layered-notice/notice', {
    edit: function (props) {
      var a = props.attributes;
      var set = function (key) {
        return function (value) {
          var next = {};
          next[key] = value;
          props.setAttributes(next);
        };
      };
      return el(
        'div',
        be.useBlockProps(),
        el(
          c.Placeholder,
          {
            icon: 'shield',
            label: __('Privacy notice (layered)', 'layered-notice'),
            instructions: __('The notice file (JSON): its address, or a file from the media library.', 'layered-notice'),
          },
          el(c.TextControl, {
            label: __('Notice file address', 'layered-notice'),
            help: __('For example /wp-content/uploads/privacy/parking-permits.json', 'layered-notice'),
            value: a.src,
            onChange: set('src'),
          }),
          el(be.MediaUploadCheck, null,
            el(be.MediaUpload, {
              allowedTypes: ['application/json'],
              value: a.mediaId,
              onSelect: function (media) {
                props.setAttributes({ mediaId: media.id, src: media.url });
              },
              render: function (p) {
                return el(c.Button, { variant: 'secondary', onClick: p.open }, __('Choose from the media library', 'layered-notice'));
              },
            })
          ),
          el(c.TextControl, {
            label: __('Language (for example cy for Welsh; empty for the page language)', 'layered-notice'),
            value: a.lang,
            onChange: set('lang'),
          }),
          el(c.SelectControl, {
            label: __('Heading level of the notice title', 'layered-notice'),
            value: String(a.headingLevel),
            options: [2, 3, 4].map(function (n) {
              return { label: 'h' + n, value: String(n) };
            }),
            onChange: function (v) {
              props.setAttributes({ headingLevel: parseInt(v, 10) });
            },
          }),
          el(c.TextControl, {
            label: __('Link shown until the notice loads, or if it cannot (address)', 'layered-notice'),
            value: a.fallbackUrl,
            onChange: set('fallbackUrl'),
          }),
          el(c.TextControl, {
            label: __('Link text', 'layered-notice'),
            help: __('Default: Read our privacy notice', 'layered-notice'),
            value: a.fallbackText,
            onChange: set('fallbackText'),
          })
        )
      );
    },
    // Rendered on the server from the attributes, so the markup always comes from the plugin's escaping.
    save: function () {
      return null;
    },
  });
})(window.wp);
