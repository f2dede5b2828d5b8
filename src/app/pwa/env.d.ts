// Set by vite.config.ts (`define`): which version and build runs, shown in the footer.
declare const __APP_VERSION__: string;
declare const __APP_BUILD__: string;
declare const __SERVICE_WORKER__: boolean;
