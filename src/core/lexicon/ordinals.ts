/** An ordinal in figures ("41st", "3rd"). */
export const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;
/** Ordinals in words: "ninth", "fourteenth", "fiftieth", "twenty-first". */
export const ORDINAL_WORD =
  /^(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth)$/u;
