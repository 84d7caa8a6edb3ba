// Kept for the site tests (test/web): documents and the late window now live in the integration
// fixture (../fixture/documenten.ts).
export { openLaatVenster } from "../fixture/index.js";
