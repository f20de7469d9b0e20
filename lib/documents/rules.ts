/** Statutory periods of proactive disclosure. No imports: the browser may read them (client-safe). */

/** 条例第二十六条: publish within 20 working days after the information is made or changed. */
export const PUBLICATION_WORKING_DAYS = 20;
