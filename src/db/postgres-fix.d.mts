export declare function patchPostgresConnection(source: string): { source: string; applied: boolean };
export declare function isPostgresConnectionModule(url: string): boolean;
