import type { EditionId } from "../../editions";
import { phrases2019 } from "./edition2019";
import { phrases2021 } from "./edition2021";
import type { PhraseBook } from "./types";

export type { PhraseBook, SomeOrNone, Variants } from "./types";

/** The wording for an edition: 2019格式 for report years 2019–2020, 2021格式 from 2021. */
export const phraseBooks: Readonly<Record<EditionId, PhraseBook>> = { "2019": phrases2019, "2021": phrases2021 };
