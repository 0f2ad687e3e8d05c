// The part of Swagger UI's bundle this page uses (swagger-ui-dist ships no types).
declare module 'swagger-ui-dist/swagger-ui-bundle.js' {
  export default function SwaggerUIBundle(options: { url: string; dom_id: string; deepLinking?: boolean; validatorUrl?: string | null; tryItOutEnabled?: boolean }): unknown;
}
