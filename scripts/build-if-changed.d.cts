/** See build-if-changed.cjs. */
export declare const STAMP: string;
export declare function newestSource(root: string): number;
export declare function needsBuild(root: string): boolean;
