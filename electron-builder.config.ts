// `npm run dist`: see scripts/packaging/builder-config.ts (kept there so unit tests import it).
export { builderConfig as default } from './scripts/packaging/builder-config';
