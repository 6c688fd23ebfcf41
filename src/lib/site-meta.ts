/** The site's name and tagline, as the public reads them. */
export const siteName = 'Kennisbank Jeugd Twente';
export const siteTagline = 'kennis van de ontwikkeltafels jeugd in Twente';
