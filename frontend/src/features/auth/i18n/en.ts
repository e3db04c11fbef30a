import type { authNl } from "./nl";

/** English texts of the own second factor and recovery codes. */
export const authEn: Record<keyof typeof authNl, string> = {
  "mfa.zelf.titel": "Two-step verification",
  "mfa.zelf.uitleg":
    "With two-step verification ELK asks, when you sign in, for a code from an authenticator app on your phone as well as your password.",
  "mfa.zelf.aan": "Two-step verification has been on since {datum}.",
  "mfa.zelf.uit": "Two-step verification is off.",
  "mfa.zelf.verplicht": "Two-step verification is required for your role; you cannot turn it off.",
  "mfa.zelf.herstelcodesOver": "You have {aantal} unused recovery codes.",
  "mfa.zelf.instellen": "Set up",
  "mfa.zelf.opnieuwInstellen": "Set up again",
  "mfa.zelf.uitzetten": "Turn off",
  "mfa.zelf.nieuweHerstelcodes": "New recovery codes",
  "mfa.zelf.annuleren": "Cancel",
  "mfa.zelf.bezig": "Busy…",
  "mfa.zelf.wachtwoord": "Your password",
  "mfa.zelf.code": "Current code or recovery code",
  "mfa.zelf.codeUitleg":
    "The six digits your authenticator app shows now, or an unused recovery code (for example ABCDE-FGHJK).",
  "mfa.zelf.instellenIntro": "Confirm with your password that it is you.",
  "mfa.zelf.opnieuwIntro":
    "For a new phone: confirm with your password and a code from your current app or a recovery code. Afterwards the old app no longer works and you are signed out on other devices.",
  "mfa.zelf.doorgaan": "Continue",
  "mfa.zelf.stap2Titel": "Link your authenticator app",
  "mfa.zelf.stap2Intro":
    "Add an account in your authenticator app with this secret (or open the link on your phone), then enter the code the app shows.",
  "mfa.zelf.nieuweCode": "Code from the app",
  "mfa.zelf.nieuweCodeUitleg": "Six digits; the app shows a new code every 30 seconds.",
  "mfa.zelf.bevestigen": "Confirm",
  "mfa.zelf.ingesteld":
    "Two-step verification is set up. You have been signed out on your other devices; from now on ELK asks for a code when you sign in.",
  "mfa.zelf.uitzettenIntro":
    "Confirm with your password and a code (or recovery code). Afterwards you sign in with your password only and are signed out on other devices.",
  "mfa.zelf.uitgezet": "Two-step verification is now off. You have been signed out on your other devices.",
  "mfa.zelf.herstelcodesIntro":
    "Enter a code from your authenticator app (or a recovery code). Your old recovery codes stop working.",
  "mfa.zelf.herstelcodesMaken": "Create new recovery codes",
  "mfa.zelf.opnieuwInloggen": "Your session has ended. Please sign in again.",
  "mfa.herstel.titel": "Your recovery codes",
  "mfa.herstel.uitleg":
    "If you lose your phone, sign in with one of these codes instead of the app's code. Each code works once. You see them only now: download or print them and keep them somewhere safe, not on your phone.",
  "mfa.herstel.lijst": "Recovery codes",
  "mfa.herstel.downloaden": "Download as a text file",
  "mfa.herstel.printen": "Print the codes",
  "mfa.herstel.bestandKop":
    "Recovery codes for two-step verification of {product}, created on {datum}. Each code works once.",
  "mfa.herstel.klaar": "I have saved the codes",
  "mfa.herstel.doorgaan": "Continue to ELK",
  "mfa.herstel.gebruikt": "You signed in with a recovery code. You have {aantal} recovery codes left.",
  "mfa.herstel.gebruiktLaatste":
    "You signed in with your last recovery code. Create new recovery codes under My details, or set up your two-step verification again.",
  "mfa.herstel.gebruiktWeinig":
    "You signed in with a recovery code. You have {aantal} recovery codes left. Create new recovery codes under My details or set up a new phone.",
  "mfa.stap.codeUitleg":
    "Six digits from your authenticator app, or a recovery code if you do not have your phone.",
};
