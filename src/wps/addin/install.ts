import { wpsApplication } from "../detect";
import type { WpsAddonRoot } from "../et";
import { installCustomFunctions } from "./functions";

/**
 * First module of the add-in page: the CustomFunctions stand-in must exist before src/functions/functions.ts runs
 * (its appended associate calls run as it loads), so it is installed by this module, imported first.
 */
export const app = wpsApplication() as (ReturnType<typeof wpsApplication> & WpsAddonRoot) | undefined;
export const registeredFunctions = installCustomFunctions(app);
