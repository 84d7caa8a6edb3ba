// The 404 page: only the frame's work (the menu for the user's roles, the log-out button).
import { start } from "../lib/pagina.js";

void start();
