export declare function securityHeaderRules(options: { production: boolean }): {
  source: string;
  headers: { key: string; value: string }[];
}[];
