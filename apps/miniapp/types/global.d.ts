/// <reference types="@tarojs/taro" />

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_API_BASE: string;
    TARO_APP_DEV_LOGIN: string;
    TARO_APP_TILE_URL: string;
    TARO_APP_TILE_CRS: string;
    TARO_APP_VERIFY_URL: string;
    TARO_APP_SHELL_WORKER: string;
  }
}
