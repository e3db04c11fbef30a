/**
 * Each region is its own deployment (REGION-01). Before sign-in /api/mij is not available,
 * so public pages show these build-time names; after sign-in the region from the API is used.
 */
export const PRODUCT_NAAM = "ELK Amstelland";
export const REGIO_NAAM = "Amstelland";
