export const appVersion: string = __APP_VERSION__;
export const appBuild: string = __APP_BUILD__;
