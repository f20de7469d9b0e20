export declare const DISPLAY_MODE_CLASSES: readonly string[];
export declare const DISPLAY_MODE_SCRIPT: string;
export declare const DISPLAY_MODE_SCRIPT_HASH: string;
