/**
 * The CC0 good-practice charter shipped in every download package, in French, English and Spanish (our own text,
 * in the spirit of the Paris Musées charter): what CC0 allows, and the courtesies we ask for without requiring them.
 */
import PDFDocument from 'pdfkit';

export const CHARTER_LANGUAGES = ['fr', 'en', 'es'] as const;
export type CharterLanguage = (typeof CHARTER_LANGUAGES)[number];

interface Charter {
  fileName: string;
  title: string;
  intro: string;
  rules: string[];
  closing: string;
}

export const CHARTERS: Record<CharterLanguage, Charter> = {
  fr: {
    fileName: 'charte-bonnes-pratiques-cc0-fr.pdf',
    title: 'Charte de bonnes pratiques — images en Open Content (CC0)',
    intro:
      "Cette image reproduit une œuvre du domaine public. Le musée la met à disposition sous la licence Creative Commons Zero (CC0 1.0) : vous pouvez la copier, la modifier, la diffuser et l'utiliser, y compris à des fins commerciales, sans demander d'autorisation ni payer de redevance.",
    rules: [
      "Citez la source quand c'est possible : « CC0 Paris Musées / nom du musée », avec le titre de l'œuvre et son auteur. La citation n'est pas obligatoire, mais elle aide le public à retrouver l'œuvre et permet au musée de mesurer l'usage de ses collections.",
      "Respectez l'œuvre : si vous recadrez, retouchez ou détournez l'image, indiquez-le, et ne présentez pas une image modifiée comme la reproduction fidèle de l'original.",
      "Ne laissez pas croire à un soutien : l'utilisation de l'image n'implique aucune approbation de votre projet par le musée ou la Ville de Paris.",
      "Respectez les autres droits : CC0 porte sur la reproduction photographique et les droits du musée ; le droit des personnes représentées, des marques ou des lieux peut encore s'appliquer.",
      "Partagez à votre tour : signalez-nous vos réalisations, et placez si possible vos propres reproductions d'œuvres du domaine public sous CC0.",
    ],
    closing: 'Licence : https://creativecommons.org/publicdomain/zero/1.0/deed.fr',
  },
  en: {
    fileName: 'cc0-good-practice-charter-en.pdf',
    title: 'Good-practice charter — Open Content images (CC0)',
    intro:
      'This image reproduces a work in the public domain. The museum releases it under the Creative Commons Zero licence (CC0 1.0): you may copy, modify, distribute and use it, commercially too, without asking permission or paying a fee.',
    rules: [
      'Credit the source when you can: "CC0 Paris Musées / museum name", with the title of the work and its creator. Credit is not required, but it helps people find the work and lets the museum see how its collections are used.',
      'Respect the work: if you crop, retouch or transform the image, say so, and do not present a modified image as a faithful reproduction of the original.',
      'Do not suggest endorsement: using the image does not mean that the museum or the City of Paris approves of your project.',
      'Respect other rights: CC0 covers the photographic reproduction and the museum\'s rights; the rights of people depicted, of trademarks or of places may still apply.',
      'Share in turn: tell us what you made, and where possible release your own reproductions of public-domain works under CC0.',
    ],
    closing: 'Licence: https://creativecommons.org/publicdomain/zero/1.0/',
  },
  es: {
    fileName: 'carta-buenas-practicas-cc0-es.pdf',
    title: 'Carta de buenas prácticas — imágenes en Open Content (CC0)',
    intro:
      'Esta imagen reproduce una obra de dominio público. El museo la ofrece bajo la licencia Creative Commons Zero (CC0 1.0): puede copiarla, modificarla, difundirla y utilizarla, también con fines comerciales, sin pedir permiso ni pagar derechos.',
    rules: [
      'Cite la fuente siempre que pueda: «CC0 Paris Musées / nombre del museo», con el título de la obra y su autor. La cita no es obligatoria, pero ayuda al público a encontrar la obra y permite al museo conocer el uso de sus colecciones.',
      'Respete la obra: si recorta, retoca o transforma la imagen, indíquelo, y no presente una imagen modificada como reproducción fiel del original.',
      'No sugiera un respaldo: el uso de la imagen no implica que el museo o la Ciudad de París aprueben su proyecto.',
      'Respete otros derechos: CC0 cubre la reproducción fotográfica y los derechos del museo; pueden seguir aplicándose los derechos de las personas representadas, de las marcas o de los lugares.',
      'Comparta a su vez: cuéntenos lo que ha creado y, si es posible, publique sus propias reproducciones de obras de dominio público bajo CC0.',
    ],
    closing: 'Licencia: https://creativecommons.org/publicdomain/zero/1.0/deed.es',
  },
};

export function charterPdf(language: CharterLanguage): Promise<Buffer> {
  const charter = CHARTERS[language];
  const pdf = new PDFDocument({ size: 'A4', margin: 56, lang: language, info: { Title: charter.title, Author: 'Paris Musées — Open Content' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(16).text(charter.title).moveDown();
  pdf.font('Helvetica').fontSize(11).text(charter.intro, { align: 'justify' }).moveDown();
  charter.rules.forEach((rule, i) => pdf.text(`${i + 1}. ${rule}`, { align: 'justify' }).moveDown(0.6));
  pdf.moveDown().font('Helvetica-Oblique').text(charter.closing);
  pdf.end();
  return done;
}
