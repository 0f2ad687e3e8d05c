// /api/docs: Swagger UI over the hub's own /api/openapi.json, bundled from npm so it works offline and under the
// hub's CSP (no inline script or style, nothing fetched from elsewhere). "Try it out" sends requests to this hub
// with the browser's cookies, so a signed-in administrator can try the guarded routes too.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';

SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#docs',
  deepLinking: true,
  // The online validator badge would fetch from swagger.io: the hub and its documentation are offline.
  validatorUrl: null,
  tryItOutEnabled: false,
});
