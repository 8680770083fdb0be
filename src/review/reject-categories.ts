/** Why a reviewer rejects a draft: plain data, so the CLI can list them in --help without loading the review verbs. */
export const REJECT_CATEGORIES = ['factual_error', 'wrong_company', 'sensitive_data', 'tone', 'wrong_person', 'other'] as const;
export type RejectCategory = (typeof REJECT_CATEGORIES)[number];
