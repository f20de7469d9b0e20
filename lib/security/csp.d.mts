export declare const CSP_REPORT_PATH: string;
export declare const PRIVATE_PATH_PREFIXES: readonly string[];
export declare function isPrivatePath(pathname: string): boolean;
export declare function contentSecurityPolicy(options: {
  scriptSources: string[];
  frameAncestors: "'none'" | "'self'";
  production: boolean;
}): string;
export declare function nonceContentSecurityPolicy(nonce: string, pathname: string, production: boolean): string;
export declare function hashContentSecurityPolicy(hashes: string[], production: boolean): string;
export declare const API_CONTENT_SECURITY_POLICY: string;
