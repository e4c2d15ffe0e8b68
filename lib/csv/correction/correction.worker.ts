/// <reference lib="webworker" />
import { expose } from "comlink";
import { CorrectionEngine } from "./correction-engine";

// Worker entry: one correction session per worker; open-correction-session.ts terminates it.
expose(new CorrectionEngine());
