import { httpRouter } from "../../middleware/router";
import { activeren, activerenControleren } from "./activeren";
import { gebruikerBlokkeren, gebruikerDeblokkeren } from "./gebruiker-blokkeren";
import { gebruikerResetten } from "./gebruiker-resetten";
import { gebruikerToevoegen } from "./gebruiker-toevoegen";
import { gebruikerWijzigen } from "./gebruiker-wijzigen";
import { gebruikers } from "./gebruikers";
import { meekijken } from "./meekijken";
import { mijnWachtwoord, mijWijzigen } from "./mij";
import {
  wachtwoordHerstellen,
  wachtwoordHerstellenControleren,
  wachtwoordVergeten,
} from "./wachtwoord-vergeten";

export const handler = httpRouter({
  gebruikers,
  gebruikerToevoegen,
  gebruikerWijzigen,
  gebruikerResetten,
  gebruikerBlokkeren,
  gebruikerDeblokkeren,
  activerenControleren,
  activeren,
  wachtwoordVergeten,
  wachtwoordHerstellenControleren,
  wachtwoordHerstellen,
  mijWijzigen,
  mijnWachtwoord,
  meekijken,
});
