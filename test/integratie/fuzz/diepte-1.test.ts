// Fuzz at depth, part 1 of 2 of the write routes (the fuzz itself: ./diepte.ts).
import { fuzzInDeDiepte } from "./diepte.js";

fuzzInDeDiepte(1, 2);
