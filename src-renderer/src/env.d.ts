/// <reference types="svelte" />
/// <reference types="vite/client" />

/** package.json version, injected by Vite's `define` in both the web and the Electron builds. */
declare const __APP_VERSION__: string;
