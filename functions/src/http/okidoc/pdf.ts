import type { OkidocRegel } from "@elk/domain";
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

/** What the PDF of a released oki-doc shows (TRT-02), already in words. */
export interface OkidocPdfInhoud {
  titel: string;
  /** The pupil and the release: name, ELK-nummer, date of birth, primary school… */
  kop: readonly OkidocRegel[];
  secties: ReadonlyArray<{ titel: string; regels: readonly OkidocRegel[] }>;
  bijlagen: readonly string[];
  voettekst: string;
  gemaaktOp: Date;
}

const [BREEDTE, HOOGTE] = PageSizes.A4;
const MARGE = 56;
const TEKSTBREEDTE = BREEDTE - 2 * MARGE;
const ONDERKANT = MARGE + 24;
const DONKER = rgb(0.1, 0.1, 0.12);
const GRIJS = rgb(0.38, 0.38, 0.42);
const LIJN = rgb(0.75, 0.75, 0.8);

/**
 * The standard fonts need no font file, so the Lambda bundle stays small; they encode WinAnsi,
 * which holds the Dutch letters (é, ë, ï, ĳ as "ij"…). Anything else becomes its letter without
 * accents, or "?" — a PDF that cannot be made helps nobody.
 */
class Schrijfbaar {
  private readonly cache = new Map<string, string>();
  constructor(private readonly font: PDFFont) {}

  tekst(invoer: string): string {
    let uit = "";
    for (const teken of invoer.normalize("NFC").replace(/\t/g, "  ")) uit += this.teken(teken);
    return uit;
  }

  private teken(teken: string): string {
    if (teken === "\n") return teken;
    const bekend = this.cache.get(teken);
    if (bekend !== undefined) return bekend;
    const kandidaten = [teken, VERVANGINGEN[teken] ?? "", teken.normalize("NFKD").replace(/\p{M}/gu, "")];
    let gekozen = "?";
    for (const kandidaat of kandidaten) {
      if (kandidaat === "" || /\p{C}/u.test(kandidaat)) continue;
      try {
        this.font.widthOfTextAtSize(kandidaat, 10);
        gekozen = kandidaat;
        break;
      } catch {
        // not in WinAnsi: try the next candidate
      }
    }
    if (/\p{C}/u.test(teken)) gekozen = "";
    this.cache.set(teken, gekozen);
    return gekozen;
  }
}

const VERVANGINGEN: Readonly<Record<string, string>> = {
  ĳ: "ij",
  Ĳ: "IJ",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

/** A paragraph broken into lines that fit the width; a word longer than a line is broken too. */
function regels(tekst: string, font: PDFFont, grootte: number, breedte: number): string[] {
  const uit: string[] = [];
  for (const alinea of tekst.split("\n")) {
    let regel = "";
    for (const woord of alinea.split(/ +/)) {
      const poging = regel ? `${regel} ${woord}` : woord;
      if (font.widthOfTextAtSize(poging, grootte) <= breedte) {
        regel = poging;
        continue;
      }
      if (regel) uit.push(regel);
      regel = "";
      let rest = woord;
      while (font.widthOfTextAtSize(rest, grootte) > breedte) {
        let n = rest.length - 1;
        while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), grootte) > breedte) n--;
        uit.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      regel = rest;
    }
    uit.push(regel);
  }
  return uit;
}

class Pagineerder {
  private pagina: PDFPage;
  private y = HOOGTE - MARGE;

  constructor(
    private readonly doc: PDFDocument,
    readonly gewoon: PDFFont,
    readonly vet: PDFFont,
  ) {
    this.pagina = doc.addPage(PageSizes.A4);
  }

  /** Room for `hoogte` more points on this page, or a new page. */
  ruimte(hoogte: number): void {
    if (this.y - hoogte >= ONDERKANT) return;
    this.pagina = this.doc.addPage(PageSizes.A4);
    this.y = HOOGTE - MARGE;
  }

  tekst(
    tekst: string,
    opties: { grootte: number; vet?: boolean; kleur?: typeof DONKER; inspringen?: number },
  ) {
    const font = opties.vet ? this.vet : this.gewoon;
    const inspringen = opties.inspringen ?? 0;
    const regelhoogte = opties.grootte * 1.35;
    for (const regel of regels(tekst, font, opties.grootte, TEKSTBREEDTE - inspringen)) {
      this.ruimte(regelhoogte);
      this.y -= regelhoogte;
      this.pagina.drawText(regel, {
        x: MARGE + inspringen,
        y: this.y + opties.grootte * 0.3,
        size: opties.grootte,
        font,
        color: opties.kleur ?? DONKER,
      });
    }
  }

  wit(hoogte: number): void {
    this.y -= hoogte;
  }

  lijn(): void {
    this.ruimte(6);
    this.y -= 4;
    this.pagina.drawLine({
      start: { x: MARGE, y: this.y },
      end: { x: BREEDTE - MARGE, y: this.y },
      thickness: 0.6,
      color: LIJN,
    });
    this.y -= 6;
  }
}

/** TRT-02: the released oki-doc as a PDF, with page numbers and the confidentiality line. */
export async function maakOkidocPdf(inhoud: OkidocPdfInhoud): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const gewoon = await doc.embedFont(StandardFonts.Helvetica);
  const vet = await doc.embedFont(StandardFonts.HelveticaBold);
  const s = new Schrijfbaar(gewoon);
  doc.setTitle(s.tekst(inhoud.titel));
  doc.setLanguage("nl-NL");
  doc.setProducer("ELK");
  doc.setCreator("ELK");
  doc.setCreationDate(inhoud.gemaaktOp);
  doc.setModificationDate(inhoud.gemaaktOp);

  const p = new Pagineerder(doc, gewoon, vet);
  p.tekst(s.tekst(inhoud.titel), { grootte: 18, vet: true });
  p.wit(6);
  for (const r of inhoud.kop) {
    p.tekst(s.tekst(`${r.label}: ${r.waarde}`), { grootte: 10 });
  }
  for (const sectie of inhoud.secties) {
    p.wit(10);
    p.ruimte(48);
    p.tekst(s.tekst(sectie.titel), { grootte: 13, vet: true });
    p.lijn();
    for (const r of sectie.regels) {
      p.ruimte(30);
      p.tekst(s.tekst(r.label), { grootte: 9.5, vet: true, kleur: GRIJS });
      p.tekst(s.tekst(r.waarde), { grootte: 10.5, ...(r.leeg ? { kleur: GRIJS } : {}) });
      p.wit(5);
    }
  }
  p.wit(10);
  p.ruimte(48);
  p.tekst("Bijlagen", { grootte: 13, vet: true });
  p.lijn();
  if (inhoud.bijlagen.length === 0) p.tekst("Geen bijlagen.", { grootte: 10.5 });
  for (const b of inhoud.bijlagen) p.tekst(s.tekst(`- ${b}`), { grootte: 10.5 });

  const paginas = doc.getPages();
  const voet = s.tekst(inhoud.voettekst);
  paginas.forEach((pagina, i) => {
    const nummer = `Pagina ${i + 1} van ${paginas.length}`;
    const grootte = 8;
    const ruimte = TEKSTBREEDTE - gewoon.widthOfTextAtSize(nummer, grootte) - 16;
    pagina.drawText(regels(voet, gewoon, grootte, ruimte)[0] ?? "", {
      x: MARGE,
      y: MARGE - 16,
      size: grootte,
      font: gewoon,
      color: GRIJS,
    });
    pagina.drawText(nummer, {
      x: BREEDTE - MARGE - gewoon.widthOfTextAtSize(nummer, grootte),
      y: MARGE - 16,
      size: grootte,
      font: gewoon,
      color: GRIJS,
    });
  });
  return doc.save();
}
