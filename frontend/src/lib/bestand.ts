/** The file's content as base64, the way the API takes uploads (REG-11, PO-01). */
export function leesAlsBase64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => {
      const url = String(lezer.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    lezer.onerror = () => reject(lezer.error ?? new Error("file not readable"));
    lezer.readAsDataURL(bestand);
  });
}

/** "12 kB", "1,4 MB": a file's size as people read it. */
export function formatGrootte(bytes: number, locale: string): string {
  const getal = (waarde: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(waarde);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${getal(bytes / 1024)} kB`;
  return `${getal(bytes / (1024 * 1024))} MB`;
}
