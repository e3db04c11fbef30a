/** Issue #10: the own second factor (Mijn gegevens) and recovery codes, also at sign-in. */
export const authNl = {
  "mfa.zelf.titel": "Tweestapsverificatie",
  "mfa.zelf.uitleg":
    "Met tweestapsverificatie vraagt ELK bij het inloggen naast uw wachtwoord een code uit een authenticator-app op uw telefoon.",
  "mfa.zelf.aan": "Tweestapsverificatie staat aan sinds {datum}.",
  "mfa.zelf.uit": "Tweestapsverificatie staat uit.",
  "mfa.zelf.verplicht": "Voor uw rol is tweestapsverificatie verplicht; u kunt deze niet uitzetten.",
  "mfa.zelf.herstelcodesOver": "U heeft nog {aantal} ongebruikte herstelcodes.",
  "mfa.zelf.instellen": "Instellen",
  "mfa.zelf.opnieuwInstellen": "Opnieuw instellen",
  "mfa.zelf.uitzetten": "Uitzetten",
  "mfa.zelf.nieuweHerstelcodes": "Nieuwe herstelcodes",
  "mfa.zelf.annuleren": "Annuleren",
  "mfa.zelf.bezig": "Bezig…",
  "mfa.zelf.wachtwoord": "Uw wachtwoord",
  "mfa.zelf.code": "Huidige code of herstelcode",
  "mfa.zelf.codeUitleg":
    "De zes cijfers die uw authenticator-app nu toont, of een ongebruikte herstelcode (bijvoorbeeld ABCDE-FGHJK).",
  "mfa.zelf.instellenIntro": "Bevestig met uw wachtwoord dat u het bent.",
  "mfa.zelf.opnieuwIntro":
    "Voor een nieuwe telefoon: bevestig met uw wachtwoord en een code van uw huidige app of een herstelcode. Daarna werkt de oude app niet meer en wordt u op andere apparaten uitgelogd.",
  "mfa.zelf.doorgaan": "Doorgaan",
  "mfa.zelf.stap2Titel": "Koppel uw authenticator-app",
  "mfa.zelf.stap2Intro":
    "Voeg in uw authenticator-app een account toe met dit geheim (of open de link op uw telefoon) en vul daarna de code in die de app toont.",
  "mfa.zelf.nieuweCode": "Code uit de app",
  "mfa.zelf.nieuweCodeUitleg": "Zes cijfers; de app toont elke 30 seconden een nieuwe code.",
  "mfa.zelf.bevestigen": "Bevestigen",
  "mfa.zelf.ingesteld":
    "Tweestapsverificatie is ingesteld. U bent op uw andere apparaten uitgelogd; bij het inloggen vraagt ELK voortaan om een code.",
  "mfa.zelf.uitzettenIntro":
    "Bevestig met uw wachtwoord en een code (of herstelcode). Daarna logt u weer in met alleen uw wachtwoord en wordt u op andere apparaten uitgelogd.",
  "mfa.zelf.uitgezet": "Tweestapsverificatie staat nu uit. U bent op uw andere apparaten uitgelogd.",
  "mfa.zelf.herstelcodesIntro":
    "Vul een code uit uw authenticator-app in (of een herstelcode). Uw oude herstelcodes werken daarna niet meer.",
  "mfa.zelf.herstelcodesMaken": "Maak nieuwe herstelcodes",
  "mfa.zelf.opnieuwInloggen": "Uw sessie is beëindigd. Log opnieuw in.",
  "mfa.herstel.titel": "Uw herstelcodes",
  "mfa.herstel.uitleg":
    "Raakt u uw telefoon kwijt, dan logt u in met een van deze codes in plaats van de code uit de app. Elke code werkt één keer. U ziet ze alleen nu: download of print ze en bewaar ze op een veilige plek, niet op uw telefoon.",
  "mfa.herstel.lijst": "Herstelcodes",
  "mfa.herstel.downloaden": "Download als tekstbestand",
  "mfa.herstel.printen": "Print de codes",
  "mfa.herstel.bestandKop":
    "Herstelcodes voor tweestapsverificatie van {product}, gemaakt op {datum}. Elke code werkt één keer.",
  "mfa.herstel.klaar": "Ik heb de codes bewaard",
  "mfa.herstel.doorgaan": "Doorgaan naar ELK",
  "mfa.herstel.gebruikt": "U bent ingelogd met een herstelcode. U heeft nog {aantal} herstelcodes over.",
  "mfa.herstel.gebruiktLaatste":
    "U bent ingelogd met uw laatste herstelcode. Maak bij Mijn gegevens nieuwe herstelcodes, of stel uw tweestapsverificatie opnieuw in.",
  "mfa.herstel.gebruiktWeinig":
    "U bent ingelogd met een herstelcode. U heeft nog {aantal} herstelcodes over. Maak bij Mijn gegevens nieuwe herstelcodes aan of stel een nieuwe telefoon in.",
  "mfa.stap.codeUitleg":
    "Zes cijfers uit uw authenticator-app, of een herstelcode als u uw telefoon niet heeft.",
} as const;
