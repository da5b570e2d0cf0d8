/// <reference types="@tarojs/taro" />

declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform Taro builds for; replaced by a constant at build time. */
    TARO_ENV?: 'weapp' | 'h5';
  }
}
