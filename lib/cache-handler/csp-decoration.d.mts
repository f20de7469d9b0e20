export declare function inlineScriptHashes(html: string): string[];
export declare function withHashContentSecurityPolicy<T>(value: T, production: boolean): T;
