/** Submitting judges the uploads, keeps what passed and discards what did not. */
export const submitNeeds = ['readUploads', 'deleteUploads', 'keepSubmitted'] as const;
