import { checkLanguage } from "./language";

/** Statements written here, one sentence pattern per language, repeated past the sample's minimum. */
const SAMPLES: Record<string, string> = {
  French:
    "La République du Mali a ratifié la Convention sur les armes à sous-munitions le 30 juin 2010. Le ministre a déclaré que cette décision est une étape pour la paix et la sécurité dans la région.",
  Spanish:
    "La República del Perú ratificó la Convención sobre Municiones en Racimo el 26 de septiembre de 2012. El ministro dijo que esta decisión es un paso para la paz y la seguridad de la región.",
  Portuguese:
    "A República de Moçambique ratificou a Convenção sobre Munições de Fragmentação em 14 de março de 2011. O ministro disse que esta decisão é um passo para a paz e a segurança da região.",
  German:
    "Die Bundesrepublik Deutschland hat das Übereinkommen über Streumunition am 8. Juli 2009 ratifiziert. Der Minister sagte, dass die Entscheidung ein Schritt für den Frieden in der Region ist.",
  "Cyrillic script":
    "Республика Казахстан ратифицировала Договор о торговле оружием в 2018 году. Министр заявил, что это решение является важным шагом для мира и безопасности в регионе.",
  "Arabic script":
    "صادقت المملكة الأردنية الهاشمية على اتفاقية الذخائر العنقودية في عام 2010. وقال الوزير إن هذا القرار خطوة مهمة من أجل السلام والأمن في المنطقة.",
};

describe("checkLanguage", () => {
  it.each(Object.entries(SAMPLES))("%s is not English", (language, text) => {
    expect(checkLanguage(`${text} ${text}`)).toEqual({ english: false, language });
  });

  it("an English statement is English", () => {
    const text =
      "The Republic of Mali ratified the Convention on Cluster Munitions on 30 June 2010. The Minister said that this decision is a step for peace and security in the region.";
    expect(checkLanguage(`${text} ${text}`)).toEqual({ english: true, language: null });
  });
});

describe("checkLanguage: what is never called 'not English'", () => {
  it("a text too short to tell", () => {
    expect(checkLanguage("Le Mali a ratifié la Convention.")).toEqual({ english: true, language: null });
    expect(checkLanguage("")).toEqual({ english: true, language: null });
  });

  it("an English statement that quotes French names and titles", () => {
    const text =
      "The Minister of Foreign Affairs of Côte d'Ivoire, speaking at the Palais des Nations, said that the Government has ratified the Arms Trade Treaty and the Convention on Cluster Munitions, and called on the States of the region to do the same (« la paix par le droit »).";
    expect(checkLanguage(`${text} ${text}`).english).toBe(true);
  });

  it("a bilingual page, English beside French", () => {
    const english = "The Republic of Mali ratified the Convention on Cluster Munitions on 30 June 2010 and it is now a party to the Convention.";
    expect(checkLanguage(`${english}\n\n${SAMPLES.French}\n\n${english}`).english).toBe(true);
  });

  it("a list of names and numbers without function words", () => {
    expect(
      checkLanguage(
        "Algeria Angola Benin Botswana Burkina Faso Burundi Cameroon Chad Comoros Congo Djibouti Egypt Eritrea Ethiopia Gabon Gambia Ghana Guinea Kenya Lesotho Liberia Libya 2010 2011",
      ).english,
    ).toBe(true);
  });
});

describe("checkLanguage: what counts as a word", () => {
  it("a word is a run of letters of any script: digits, apostrophes and hyphens end it", () => {
    // 19 English function words and one more word: "the" glued to digits or split by punctuation still counts once per run.
    const nineteen = "the of and to in is that for on with as by was has have it its this are";
    expect(checkLanguage(nineteen).english).toBe(true); // too short to tell, whatever it holds
    const french = "le2la les-des l'et du de un une est que qui dans pour sur au aux par pas avec ce il sont";
    expect(checkLanguage(french)).toEqual({ english: false, language: "French" });
  });

  it("a word's script is its first letter's: accented Latin letters are Latin, letters outside the BMP are counted", () => {
    const latin = "États Île Ōsaka Łódź Ñandú Ærø ".repeat(4);
    expect(checkLanguage(latin).english).toBe(true); // Latin script, no function words of any language: English by default
    // Letters outside the Basic Multilingual Plane (two UTF-16 units each) are words too, in "a non-Latin script".
    const astral = "𠀀𠀁 𠀂 𝐀x ".repeat(10);
    expect(checkLanguage(astral)).toEqual({ english: false, language: "a non-Latin script" });
    // Han letters, one word per run: more words than the Latin ones.
    expect(checkLanguage(`${"安全 理事会 通过 决议 ".repeat(8)} the Convention`)).toEqual({ english: false, language: "Chinese or Japanese script" });
  });
});
