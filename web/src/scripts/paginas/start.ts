// "/": sends the user to the start page of their role (the server's memberships decide).
import { PAGINAS } from "#shared/paginas.js";
import { start } from "../lib/pagina.js";

const c = await start();
const doel = c.heeftRol("aanbieder")
  ? PAGINAS.aanbiederDashboard
  : c.heeftRol("beoordelaar", "zorgkantoor-beheer")
    ? PAGINAS.werkvoorraad
    : c.heeftRol("landelijk-beheer")
      ? PAGINAS.parameters
      : PAGINAS.herinneringen;
location.replace(doel);
