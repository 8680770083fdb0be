/** The API token scopes: plain data, so the CLI can list them in --help without loading the token store. */
export const SCOPES = ['drafts:write', 'drafts:read', 'accounts:read', 'accounts:write', 'control:pause', 'control:resume', 'admin'] as const;
